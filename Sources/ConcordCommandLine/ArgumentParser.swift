import ConcordKit

/// One option a command accepts.
public struct OptionSpec: Sendable {
    public var names: [String]
    /// The option takes a value (`--format json`, `--format=json`).
    public var takesValue: Bool
    /// The option may be given more than once.
    public var repeatable: Bool
    public var valueName: String
    public var help: String

    public init(_ names: [String], value: String? = nil, repeatable: Bool = false, help: String) {
        self.names = names
        self.takesValue = value != nil
        self.valueName = value ?? ""
        self.repeatable = repeatable
        self.help = help
    }
}

/// The arguments of one command, parsed: option values by their first name,
/// flags, and positionals in order.
public struct ParsedArguments: Sendable {
    public var values: [String: [String]] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []

    public func value(_ name: String) -> String? { values[name]?.last }
    public func all(_ name: String) -> [String] { values[name] ?? [] }
    public func has(_ name: String) -> Bool { flags.contains(name) }
}

public struct UsageError: Error, Sendable {
    public var message: String
}

/// Lexes arguments into options (`--name`, `--name=value`, `-o`), values and
/// `--`, then matches them against a command's options. An unknown option
/// gets "did you mean …".
public enum ArgumentParser {
    public static func parse(_ arguments: [String], options: [OptionSpec]) -> Result<ParsedArguments, UsageError> {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inline: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            guard let spec = options.first(where: { $0.names.contains(name) }) else {
                var message = "unknown option '\(name)'"
                if let suggestion = suggest(name, among: options.flatMap(\.names)) {
                    message += "; did you mean '\(suggestion)'?"
                }
                return .failure(UsageError(message: message))
            }
            let key = spec.names[0]
            if spec.takesValue {
                let value: String
                if let inline {
                    value = inline
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    return .failure(UsageError(message: "option '\(name)' needs a value (\(spec.valueName))"))
                }
                if !spec.repeatable, parsed.values[key] != nil {
                    return .failure(UsageError(message: "option '\(name)' is given twice"))
                }
                parsed.values[key, default: []].append(value)
            } else {
                if inline != nil { return .failure(UsageError(message: "option '\(name)' takes no value")) }
                parsed.flags.insert(key)
            }
        }
        return .success(parsed)
    }

    /// The closest name by edit distance, if it is close enough.
    public static func suggest(_ word: String, among names: [String]) -> String? {
        Suggestion.closest(to: word, among: names)
    }
}
