import ConcordKit
import FoundationEssentials

/// `concord render`: a policy template filled in for one school and laid
/// out for people.
public enum RenderCommand {
    public static let command = Command(
        name: "render", abstract: "Fill a policy template in for one school and lay it out (md, html, txt).",
        usage: usage, discussion: discussion, options: options, run: run)

    static let usage = "concord render FILE.policy --school NAME [--trust NAME] [--set key=value ...] [--format md|html|txt] [-o OUT]"
    static let discussion = """
        Fills every {{placeholder}} in: {{school}} from --school, {{trust}} from
        --trust or the policy's trust line, {{title}}, {{version}} and {{date}}
        from the policy itself, any other from --set (--set headteacher="A.
        Smith"). A placeholder left without a value is an error that lists them
        all. Lays out the title, school, the version table (Version, Purpose,
        Lead person, Date), then the sections with numbered clauses. html is one
        self-contained page that prints on A4. The format defaults to the
        extension of -o, else md. See docs/merge.md.

        EXAMPLE: concord render trust.policy --school "Milverton Primary School" --set headteacher="J. Bloggs" -o milverton.html
        """
    static let options = [
        OptionSpec(["--school"], value: "name", help: "The school the policy is for: fills {{school}}."),
        OptionSpec(["--trust"], value: "name", help: "The trust: fills {{trust}}."),
        OptionSpec(["--set"], value: "key=value", repeatable: true, help: "Fill {{key}} with value."),
        OptionSpec(["--format", "-f"], value: "format", help: "md, html or txt."),
        OptionSpec(["--output", "-o"], value: "file", help: "Write here (default: standard output)."),
        DocumentLoader.sizeOption,
    ]

    static func run(_ arguments: ParsedArguments, io: CommandIO) -> Int32 {
        let output = arguments.value("--output")
        let formatName = arguments.value("--format") ?? output.map { PathName.pathExtension($0).lowercased() }.flatMap {
            ["htm": "html", "markdown": "md", "text": "txt"][$0] ?? $0
        }
        var format = RenderFormat.md
        if let formatName {
            guard let chosen = RenderFormat(rawValue: formatName) else {
                if arguments.value("--format") == nil {
                    io.error("cannot tell the format from '\(output ?? "")'; give --format md, html or txt")
                } else {
                    io.error("unknown format '\(formatName)'; expected md, html or txt")
                }
                return ExitCode.usage
            }
            format = chosen
        }
        guard arguments.positionals.count == 1 else {
            io.error("render needs one policy; got \(arguments.positionals.count)")
            io.writeError("usage: \(usage)\n")
            return ExitCode.usage
        }
        var given: [String: String] = [:]
        for setting in arguments.all("--set") {
            guard let equals = setting.firstIndex(of: "="), equals != setting.startIndex else {
                io.error("--set needs key=value, not '\(setting)'")
                return ExitCode.usage
            }
            given[String(setting[..<equals])] = String(setting[setting.index(after: equals)...])
        }
        if let school = arguments.value("--school") { given["school"] = school }
        if let trust = arguments.value("--trust") { given["trust"] = trust }
        guard let loader = DocumentLoader(reader: PolicyReader(), io: io, standardInputIsPolicy: true).limited(by: arguments) else { return ExitCode.usage }
        guard let loaded = loader.load(arguments.positionals[0]) else { return ExitCode.failure }
        let filler = PlaceholderFiller(values: PlaceholderFiller.values(for: loaded.document, given: given))
        let (document, missing) = filler.fill(loaded.document)
        guard missing.isEmpty else {
            let list = missing.map { "{{\($0)}}" }.joined(separator: ", ")
            let hint = missing.map { $0 == "school" ? "--school NAME" : $0 == "trust" ? "--trust NAME" : "--set \($0)=…" }.joined(separator: " ")
            io.error("\(missing.count) placeholder\(missing.count == 1 ? " has" : "s have") no value: \(list); give \(hint)")
            return ExitCode.failure
        }
        let text = PolicyRenderer(format: format).render(document)
        guard let output, output != "-" else {
            io.write(text)
            return ExitCode.success
        }
        do {
            try AtomicFileWriter.write(text, to: output)
        } catch {
            io.error("\(error)")
            return ExitCode.failure
        }
        return ExitCode.success
    }
}
