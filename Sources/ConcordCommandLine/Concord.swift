/// The `concord` command line: finds the subcommand, parses its options and
/// runs it. `main.swift` only calls `Concord.main`.
public enum Concord {
    /// Every subcommand, in the order `concord --help` lists them.
    public static let commands: [Command] = [
        ExtractCommand.command,
        ImportCommand.command,
        CheckCommand.command,
        FmtCommand.command,
        DiffCommand.command,
        CompareCommand.command,
        MergeCommand.command,
        RenderCommand.command,
        ReleaseCommand.command,
    ]

    public static let version = "0.1.0"

    /// Runs `concord` with `arguments` (without the program name). A
    /// failed write to standard output is an error, whatever the command
    /// did: exit 1 (2 for `diff`, whose 1 means "different").
    public static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        let status = dispatch(arguments, io: io)
        guard let reason = io.outputFailure() else { return status }
        io.error("cannot write to standard output: \(reason)")
        return arguments.first == DiffCommand.command.name ? ExitCode.trouble : ExitCode.failure
    }

    private static func dispatch(_ arguments: [String], io: CommandIO) -> Int32 {
        guard let first = arguments.first else {
            io.writeError(help)
            return ExitCode.usage
        }
        if first == "--help" || first == "-h" || first == "help" {
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                io.write(command.help)
            } else {
                io.write(help)
            }
            return ExitCode.success
        }
        if first == "--version" {
            io.write("concord \(version)\n")
            return ExitCode.success
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            var message = "unknown command '\(first)'"
            if let suggestion = ArgumentParser.suggest(first, among: commands.map(\.name)) {
                message += "; did you mean '\(suggestion)'?"
            }
            io.error(message)
            io.writeError("see 'concord --help'\n")
            return ExitCode.usage
        }
        let rest = Array(arguments.dropFirst())
        switch ArgumentParser.parse(rest, options: command.allOptions) {
        case .failure(let usage):
            io.error(usage.message)
            io.writeError("usage: \(command.usage)\nsee 'concord \(command.name) --help'\n")
            return command.usageExitCode
        case .success(let parsed):
            if parsed.has("--help") {
                io.write(command.help)
                return ExitCode.success
            }
            return command.run(parsed, io)
        }
    }

    public static var help: String {
        var out = """
            OVERVIEW: Concord compares, diffs and merges school policies clause by clause.

            USAGE: concord <command> [options]

            COMMANDS:

            """
        for command in commands {
            out += "  " + command.name + String(repeating: " ", count: max(0, 12 - command.name.count)) + command.abstract + "\n"
        }
        out += "\nSee 'concord <command> --help' for a command's options and an example.\n"
        return out
    }
}
