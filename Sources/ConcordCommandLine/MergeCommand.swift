import ConcordKit
import FoundationEssentials

/// `concord merge`: one trust template from several schools' policies.
public enum MergeCommand {
    public static let command = Command(
        name: "merge", abstract: "Merge schools' policies into one trust template, topic by topic.",
        usage: usage, discussion: discussion, options: options, run: run)

    static let usage = """
        concord merge FILE|DIR ... --strategy strictest|majority|prefer:NAME [--title T] [--trust NAME] \
        [--lead NAME] [--version V] [--date YYYY-MM] [--local [NAME=]WORD ...] [-o OUT.policy] [--report REPORT.md|.html]
        """
    static let discussion = """
        Groups the clauses of every document into topics as 'concord compare'
        does and keeps one position per topic: the strictest, the one most
        schools hold (ties to the strictest), or the named school's (else the
        strictest). Each merged clause is the sentence of a school that holds
        that position (a list item under its lead-in); an age changed to combine
        positions is marked for review. School, trust and headteacher names
        become {{school}}, {{trust}} and {{headteacher}}, each --local word a
        {{local-NAME}}; 'from' lines record the source clauses. Clauses are laid
        out by who and what (purpose and scope, staff, pupils, parents,
        reporting, ...); the sentences the extractor did not understand go to a
        last section for the author to place. The policy goes to standard
        output or -o; with -o it is also kept as OUT.history/VERSION.policy, its
        first released version. The report (Markdown, or HTML for a .html file)
        opens with what needs the author, then gives per topic the position
        chosen, the others and who held them, and why. See docs/merge.md.

        EXAMPLE: concord merge corpus --strategy strictest --trust "Vale Trust" -o trust.policy --report merge.md
        """
    static let options = [
        OptionSpec(["--strategy", "-s"], value: "strategy", help: "strictest, majority or prefer:NAME (a file name or school)."),
        OptionSpec(["--title"], value: "title", help: "The merged policy's title (default: the one most sources use)."),
        OptionSpec(["--trust"], value: "name", help: "The trust's name; it becomes {{trust}} in the prose."),
        OptionSpec(["--lead"], value: "name", help: "Lead person of the first history entry."),
        OptionSpec(["--version"], value: "version", help: "Version of the first history entry (default 1.0)."),
        OptionSpec(["--date"], value: "date", help: "Date of the first history entry (default this month, YYYY-MM)."),
        OptionSpec(["--local"], value: "[name=]word", repeatable: true, help: "A local word (a council, a town) to make {{local-NAME}}."),
        OptionSpec(["--output", "-o"], value: "file", help: "Write the merged .policy here (default: standard output)."),
        OptionSpec(["--report"], value: "file", help: "Write the Markdown report here ('-' for standard output)."),
        OptionSpec(["--lexicon"], value: "file", repeatable: true, help: "Extend the vocabulary with a lexicon JSON file."),
        DocumentLoader.sizeOption,
    ]

    static func run(_ arguments: ParsedArguments, io: CommandIO) -> Int32 {
        guard let name = arguments.value("--strategy") else {
            io.error("merge needs --strategy strictest, majority or prefer:NAME")
            return ExitCode.usage
        }
        guard let strategy = MergeStrategy(name) else {
            io.error("unknown strategy '\(name)'; expected strictest, majority or prefer:NAME")
            return ExitCode.usage
        }
        let version = arguments.value("--version") ?? "1.0"
        guard ReleaseVersion(version) != nil else {
            io.error(ReleaseError.notANumber(version).description)
            return ExitCode.usage
        }
        guard !arguments.positionals.isEmpty else {
            io.error("merge needs the documents to merge")
            io.writeError("usage: \(usage)\n")
            return ExitCode.usage
        }
        guard let lexicon = LexiconLoader.load(arguments.all("--lexicon"), io: io) else { return ExitCode.failure }
        let reader = PolicyReader(lexicon: lexicon)
        guard let loader = DocumentLoader(reader: reader, io: io).limited(by: arguments) else { return ExitCode.usage }
        var failed = false
        var documents: [PolicyDocument] = []
        for path in CompareCommand.documentPaths(arguments.positionals, loader: loader, failed: &failed) {
            guard let loaded = loader.load(path) else { failed = true; continue }
            documents.append(loaded.document)
        }
        guard !failed, !documents.isEmpty else {
            // A path that gave nothing has said why already.
            if !failed { io.error("no documents to merge") } else if !documents.isEmpty { io.error("not merging: a document could not be read") }
            return ExitCode.failure
        }
        if case .prefer(let school) = strategy, MergeStrategy.document(named: school, in: documents) == nil {
            io.error("no document or school named '\(school)'; expected one of \(documents.map(\.name).joined(separator: ", "))")
            return ExitCode.usage
        }
        var settings = MergeSettings(
            title: arguments.value("--title"), trust: arguments.value("--trust"), lead: arguments.value("--lead"),
            version: version, date: arguments.value("--date") ?? HistoryDateFormat.today())
        for word in arguments.all("--local") {
            guard let local = LocalWord(word) else {
                io.error("'\(word)' is not a local word; write --local WORD or --local NAME=WORD")
                return ExitCode.usage
            }
            settings.locals.append(local)
        }
        let result = PolicyMerger(strategy: strategy, settings: settings, reader: reader).merge(documents)
        var report = ""
        if let path = arguments.value("--report"), path.lowercased().hasSuffix(".html") {
            MergeReportHTMLWriter.write(result, to: &report)
        } else {
            MergeReportWriter.write(result, to: &report)
        }
        let status = write(result, report: report, arguments: arguments, io: io)
        io.keepUntilExit((documents, result, report))
        return status
    }

    /// Writes the policy (and its first kept version) and the report; a
    /// failure leaves every file as it was. The report is staged first, so
    /// that a report that cannot be written fails before the policy goes
    /// to standard output.
    static func write(_ result: MergeResult, report: String, arguments: ParsedArguments, io: CommandIO) -> Int32 {
        let text = PolicyPrinter().print(result.document, comments: result.comments)
        let output = arguments.value("--output") ?? "-"
        let reportPath = arguments.value("--report")
        if output != "-", let reportPath, PathName.canonical(reportPath) == PathName.canonical(output) {
            io.error("the policy and the report would both be written to '\(output)'; give --report another file")
            return ExitCode.usage
        }
        do {
            var staged: StagedFile?
            if let reportPath, reportPath != "-" { staged = try StagedFile.stage(Array(report.utf8), for: reportPath) }
            if output == "-" {
                io.write(text)
                if reportPath == "-" { io.write(report) }
                // A policy that did not reach standard output whole leaves
                // the report as it was.
                if io.outputFailure() != nil {
                    staged?.discard()
                    return ExitCode.failure
                }
                try staged?.commit()
            } else {
                let folder = HistoryFolder(policy: output)
                HistoryFolder.undoUnfinished(beside: output, io: io)
                let version = result.document.history.first?.version ?? "1.0"
                try folder.write(text, policy: output, as: version, alongside: staged)
                if reportPath == "-" { io.write(report) }
            }
        } catch {
            io.error("\(error)")
            return ExitCode.failure
        }
        return ExitCode.success
    }
}
