/// Merges several schools' policies into one trust template: per topic (as
/// `ComparisonMatrix` forms them) one position chosen by a `MergeStrategy`,
/// stated in the words of a school that holds it; names turned into
/// `{{school}}`, `{{trust}}`, `{{headteacher}}` and the local placeholders;
/// each clause with its provenance, in an outline by who and what
/// (`OutlineSection`); one history entry.
public struct PolicyMerger: Sendable {
    public var strategy: MergeStrategy
    public var settings: MergeSettings
    /// Re-reads prose to make sure it states the rule it is given.
    public var reader: PolicyReader

    public init(strategy: MergeStrategy, settings: MergeSettings = MergeSettings(), reader: PolicyReader = PolicyReader()) {
        self.strategy = strategy
        self.settings = settings
        self.reader = reader
    }

    public func merge(_ documents: [PolicyDocument]) -> MergeResult {
        let matrix = ComparisonMatrix(comparing: documents)
        let names = matrix.documents.map(\.name)
        let schools = documents.map { $0.school ?? Self.displayName($0.name) }
        var preferred: Int?
        if case .prefer(let name) = strategy { preferred = MergeStrategy.document(named: name, in: documents) }
        let chooser = PositionChooser(strategy: strategy, preferred: preferred, names: names)
        let choices = matrix.rows.map(chooser.choose)
        let placeholders = NamePlaceholders(
            schools: schools,
            trusts: [settings.trust].compactMap { $0 } + documents.compactMap(\.trust) + documents.flatMap { TrustName.find(in: $0) },
            headteachers: documents.flatMap { HeadteacherName.find(in: $0) }, locals: settings.locals)
        let title = settings.title ?? Self.mostCommon(documents.compactMap(\.title)).map(placeholders.apply)
        let context = MergeContext(
            documents: documents, names: names, placeholders: placeholders, check: ProseCheck(reader: reader), title: title)
        let drafts = context.placed(context.drafts(for: choices, preferred: preferred), preferred: preferred)
        var layout = context.layout(drafts, preferred: preferred)
        layout.comments[.header(.policy)] = [
            " Merged by 'concord merge --strategy \(strategy.name)' from \(names.joined(separator: ", ")).",
            " Each clause's comment names the topics it states; the merge report says why.",
        ]
        let document = PolicyDocument(
            name: "merged",
            title: title,
            school: "{{school}}", trust: settings.trust,
            history: [HistoryEntry(version: settings.version, date: settings.date, purpose: "Merged from: " + schools.joined(separator: ", "), lead: settings.lead)],
            sections: layout.sections)
        return MergeResult(
            document: document, comments: layout.comments, strategy: strategy, sources: names, schools: schools,
            unread: matrix.documents.map(\.unread), choices: choices, clauses: layout.clauses,
            passageSources: layout.passageSources, toPlace: layout.toPlace)
    }

    /// The most frequent of `values`, the first seen breaking ties.
    static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return values.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && values.firstIndex(of: $0)! > values.firstIndex(of: $1)!) }
    }

    /// "kingsthorpe-village" → "Kingsthorpe Village", for a document that
    /// names no school.
    static func displayName(_ name: String) -> String {
        name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
