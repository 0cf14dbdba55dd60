import ConcordCommandLine
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

exit(Concord.run(Array(CommandLine.arguments.dropFirst()), io: .standard()))
