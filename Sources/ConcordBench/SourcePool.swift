import ConcordKit
import FoundationEssentials

/// The real corpus cut into pieces to recombine: each document's sections
/// as runs of source lines, with each line's perturbed variants worked out
/// once (modality changed, age changed, reworded) so that generating
/// megabytes of policies is only picking and joining strings.
struct SourcePool {
    /// One source line and its variants. `{{school}}` stands where the
    /// source named its own school.
    struct Line {
        var text: String
        var modal: String?
        var age: String?
        var reworded: String?
        var namesSchool: Bool

    }

    /// A section: its heading line (nil for the text before the first
    /// heading), its body (indices into `lines`) and how many clauses the
    /// extractor found in it.
    struct Piece {
        var heading: Int?
        var body: [Int]
        var clauses: Int
    }

    var lines: [Line] = []
    var pieces: [Piece] = []
    var titles: [String] = []
    /// Lines that hold a clause, to add clauses to other sections.
    var clauseLines: [Int] = []
    /// Bytes and clauses of the real corpus, to size generated documents.
    var corpusBytes = 0
    var corpusClauses = 0

    enum Failure: Error, CustomStringConvertible {
        case noCorpus(String)
        var description: String {
            switch self {
            case .noCorpus(let path): "no .txt policy in '\(path)' (run from the package root or pass --corpus DIR)"
            }
        }
    }

    /// Reads every `.txt` document of `folder`.
    init(folder: String) throws {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw Failure.noCorpus(folder) }
        let reader = PolicyReader()
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
            let bytes = [UInt8](data)
            guard case .success(let result) = reader.read(bytes, name: name) else { continue }
            add(text: String(decoding: bytes, as: UTF8.self), document: result.document)
            corpusBytes += bytes.count
        }
        guard !pieces.isEmpty else { throw Failure.noCorpus(folder) }
    }

    private mutating func add(text: String, document: PolicyDocument) {
        var sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if let school = document.school, !school.isEmpty {
            sourceLines = sourceLines.map { $0.replacing(school, with: "{{school}}") }
        }
        if let title = document.title { titles.append(title) }
        let first = lines.count
        lines += sourceLines.map(Self.line)
        let clauseStarts = Set(document.clauses.map(\.line))
        clauseLines += clauseStarts.filter { $0 >= 1 && $0 <= sourceLines.count }
            .map { first + $0 - 1 }.sorted()
        corpusClauses += document.clauses.count
        let starts = document.sections.map { $0.line ?? 1 }
        for (index, section) in document.sections.enumerated() {
            let start = max(1, starts[index])
            let end = index + 1 < starts.count ? max(start, starts[index + 1]) : sourceLines.count + 1
            guard start <= sourceLines.count else { continue }
            let hasHeading = section.heading != nil && section.line != nil
            let bodyStart = hasHeading ? start + 1 : start
            pieces.append(Piece(
                heading: hasHeading ? first + start - 1 : nil,
                body: bodyStart < end ? Array((first + bodyStart - 1)..<(first + end - 1)) : [],
                clauses: section.clauses.count))
        }
    }

    private static func line(_ text: String) -> Line {
        Line(text: text, modal: PerturbationRules.changeModality(text), age: PerturbationRules.changeAge(text),
             reworded: PerturbationRules.reword(text), namesSchool: text.contains("{{school}}"))
    }

    /// The line's text in the chosen variant, for `school`.
    func render(_ index: Int, _ variant: LineVariant, school: String) -> String {
        let line = lines[index]
        let text: String
        switch variant {
        case .original: text = line.text
        case .modal: text = line.modal ?? line.text
        case .age: text = line.age ?? line.text
        case .reworded: text = line.reworded ?? line.text
        }
        guard line.namesSchool else { return text }
        var missing = Set<String>()
        return PlaceholderFiller(values: ["school": school]).fill(text, missing: &missing)
    }
}

/// Which form of a pool line a generated document uses.
enum LineVariant: UInt8 {
    case original, modal, age, reworded
}
