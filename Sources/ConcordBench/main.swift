import FoundationEssentials
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

exit(BenchmarkProgram.main(Array(CommandLine.arguments.dropFirst())))
