/// A command's standard output as a `TextOutputStream`. A writer given it
/// hands over its report in pieces (`DiffTextWriter.write(_:to:)` and the
/// other diff writers), and each piece is written at once, so that a long
/// report is never gathered whole in memory first.
struct StandardOutput: TextOutputStream {
    let io: CommandIO

    func write(_ string: String) {
        io.write(string)
    }
}
