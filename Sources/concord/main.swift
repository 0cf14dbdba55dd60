import ConcordCommandLine
import Foundation

exit(Concord.run(Array(CommandLine.arguments.dropFirst()), io: .standard()))
