import ConcordKit
import FoundationEssentials

/// `concord release`: a new version of a policy, its history entry
/// summarizing the clause changes, every released version kept.
public enum ReleaseCommand {
    public static let command = Command(
        name: "release", abstract: "Release a new version of a policy, keeping every released version.",
        usage: usage, discussion: discussion, options: options, run: run)

    static let usage = "concord release FILE.policy --version V --purpose P --lead NAME [--date D]"
    static let discussion = """
        Appends a history entry (version, date, purpose, lead) whose purpose ends
        with the clause changes since the previous released version, as 'concord
        diff' finds them: "Annual review (2 tightened, 1 added)". The version
        must increase on every earlier one, compared by component (1.9 < 1.10 <
        2.0). Each released version is kept beside the policy, in
        FILE.history/V.policy, so 'concord diff FILE.history/1.0.policy
        FILE.history/1.1.policy' compares any two without git. Both files are
        written whole beside their place, then renamed: on a failure neither
        changes, and a release that was killed half-way is undone by the next
        run. See docs/merge.md.

        EXAMPLE: concord release trust.policy --version 1.1 --purpose "Annual review" --lead "S. Tillman"
        """
    static let options = [
        OptionSpec(["--version"], value: "version", help: "The new version; must increase (1.9 < 1.10 < 2.0)."),
        OptionSpec(["--purpose"], value: "text", help: "Why this version: \"Annual review\"."),
        OptionSpec(["--lead"], value: "name", help: "The lead person."),
        OptionSpec(["--date"], value: "date", help: "As it should be written (default this month, YYYY-MM)."),
        DocumentLoader.sizeOption,
    ]

    static func run(_ arguments: ParsedArguments, io: CommandIO) -> Int32 {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            io.error("release needs one .policy file; got \(arguments.positionals.count)")
            io.writeError("usage: \(usage)\n")
            return ExitCode.usage
        }
        let missing = ["--version", "--purpose", "--lead"].filter { arguments.value($0) == nil }
        guard missing.isEmpty else {
            io.error("release needs \(missing.joined(separator: ", "))")
            io.writeError("usage: \(usage)\n")
            return ExitCode.usage
        }
        guard DocumentLoader.isPolicyFile(path) else {
            io.error("'\(path)' is not a .policy file; use 'concord import' or 'concord merge' to make one")
            return ExitCode.usage
        }
        let release = PolicyRelease(
            version: arguments.value("--version")!, purpose: arguments.value("--purpose")!, lead: arguments.value("--lead")!,
            date: arguments.value("--date") ?? HistoryDateFormat.today())
        guard let loader = DocumentLoader(reader: PolicyReader(), io: io).limited(by: arguments) else { return ExitCode.usage }
        let folder = HistoryFolder(policy: path)
        HistoryFolder.undoUnfinished(beside: path, io: io)
        guard let loaded = loader.load(path) else { return ExitCode.failure }
        let released = folder.versions
        var previous: PolicyDocument?
        if let version = release.previous(among: released) {
            guard let kept = loader.load(folder.file(for: version)) else { return ExitCode.failure }
            previous = kept.document
        }
        switch release.apply(to: loaded.document, previous: previous, released: released) {
        case .failure(let error):
            io.error(error.description)
            return ExitCode.failure
        case .success(let document):
            let text = PolicyPrinter().print(document, comments: loaded.comments)
            do {
                try folder.write(text, policy: path, as: release.version)
            } catch {
                io.error("\(error)")
                return ExitCode.failure
            }
            let entry = document.history.last!
            io.write("released \(release.version) of \(path): \(entry.purpose ?? "")\nkept as \(folder.file(for: release.version))\n")
            return ExitCode.success
        }
    }
}
