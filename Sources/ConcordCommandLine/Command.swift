/// A `concord` subcommand: its name, help and options, and what it does.
public struct Command: Sendable {
    public var name: String
    /// One line for the command list.
    public var abstract: String
    /// `concord name …` usage line.
    public var usage: String
    /// What it does in more words, with an example.
    public var discussion: String
    public var options: [OptionSpec]
    /// The exit status for a usage error: 64 by default; `diff` uses 2, as
    /// diff(1) does.
    public var usageExitCode: Int32
    public var run: @Sendable (ParsedArguments, CommandIO) -> Int32

    public init(
        name: String, abstract: String, usage: String, discussion: String, options: [OptionSpec],
        usageExitCode: Int32 = ExitCode.usage,
        run: @escaping @Sendable (ParsedArguments, CommandIO) -> Int32
    ) {
        self.name = name
        self.abstract = abstract
        self.usage = usage
        self.discussion = discussion
        self.options = options
        self.usageExitCode = usageExitCode
        self.run = run
    }

    var allOptions: [OptionSpec] {
        options + [OptionSpec(["--help", "-h"], help: "Show this help.")]
    }

    public var help: String {
        var out = "OVERVIEW: \(abstract)\n\nUSAGE: \(usage)\n"
        if !discussion.isEmpty { out += "\n\(discussion)\n" }
        out += "\nOPTIONS:\n"
        for option in allOptions {
            var left = option.names.joined(separator: ", ")
            if option.takesValue { left += " <\(option.valueName)>" }
            out += "  " + left + String(repeating: " ", count: max(26 - left.count, 2)) + option.help + "\n"
        }
        return out
    }
}
