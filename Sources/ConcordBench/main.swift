import Foundation

exit(BenchmarkProgram.main(Array(CommandLine.arguments.dropFirst())))
