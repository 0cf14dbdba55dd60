import Testing
@testable import ConcordKit

/// The extractor never crashes and stays linear on inputs no policy author
/// would write: word soup, stray markers, a very long line, nothing at all.
@Suite struct ExtractionRobustnessTests {
    static let pieces = [
        "Staff", "must", "not", "should", "may", "only", "never", "under", "16", "no", "pupils", "parents", "the school", "if", "it:",
        "unless", "without", "permission", "of", "by", "be", "reported", "to", "the Headteacher", "Don't", "-", "·", "1.", "4.6.1.", "(a)",
        "A.", ":", ";", ",", ".", "(", ")", "\"staff\"", "refers to", "includes", "will", "result in", "disciplinary", "action", "é", "’",
        "\t", "  ", "post", "photos", "of", "children", "and", "or", "nor", "ensure", "that", "cannot", "The following are not acceptable:",
        "Must not", "Under no circumstances should", "Avoid", "Exercise caution", "It is important to", "requires that", "may only", "This includes",
        "will be instigated which", "must result in", "be", "be,", "deleted", "which must", "in disciplinary action",
    ]

    @Test func randomDocumentsNeverCrash() {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<300 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 0...25, using: &generator) {
                lines.append((0..<Int.random(in: 0...18, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined(separator: " "))
            }
            let document = PolicyReader().read(SourceText(name: "fuzz", text: lines.joined(separator: "\n"))).document
            for clause in document.clauses {
                #expect(clause.line >= 1 && clause.line <= max(lines.count, 1))
                #expect(!clause.text.isEmpty)
            }
        }
    }

    /// List items that open with their modal phrase under a lead-in that
    /// gives force (found by the benchmark's generator).
    @Test func itemsOpeningWithAModalUnderALeadIn() {
        let text = """
            Staff must follow these rules:
            · Avoid posting photos of pupils.
            · Must not share passwords.
            · Under no circumstances should staff tag pupils.
            · Exercise caution when accepting requests.
            · It is important to check settings.
            """
        let found = clauses(text)
        #expect(found.count >= 3)
    }

    /// A passive cue whose participle lies past its clause ("will be
    /// instigated which must result in …"; found by the benchmark's generator).
    @Test func aPassiveWhoseParticipleLiesPastItsClause() {
        let text = "If a member of staff has breached this policy an investigation will be instigated which must result in disciplinary action and potentially dismissal."
        #expect(!clauses(text).isEmpty)
    }

    /// The corpus with its modal verbs swapped, as the benchmark's generator
    /// perturbs it: every variant reads without a crash.
    @Test(arguments: [("may", "must"), ("must", "should"), ("should", "may"), ("must not", "may"), ("will", "must"), ("not", ""), ("16", "18"), (",", ""), (".", ",")])
    func corpusWithSwappedWordsNeverCrashes(from: String, to: String) throws {
        for name in Repository.seedNames {
            let text = String(decoding: try Repository.corpusBytes(name), as: UTF8.self)
            let swapped = text.replacingOccurrences(of: " \(from) ", with: " \(to) ")
            _ = PolicyReader().read(SourceText(name: name, text: swapped))
        }
    }

    @Test func randomListsUnderLeadInsNeverCrash() {
        var generator = SeededGenerator(seed: 99)
        let leadIns = ["Staff must follow these rules:", "The following are not acceptable:", "Pupils should:", "Governors must ensure that they:"]
        for _ in 0..<300 {
            var lines = [leadIns.randomElement(using: &generator)!]
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let words = (0..<Int.random(in: 0...10, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
                lines.append("· " + words.joined(separator: " "))
            }
            _ = PolicyReader().read(SourceText(name: "fuzz", text: lines.joined(separator: "\n")))
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in UInt8.random(in: 1...255, using: &generator) }
            _ = PolicyReader().read(bytes, name: "bytes")
        }
    }

    @Test func aVeryLongLineIsReadInPieces() {
        let sentence = "Staff must not post images of pupils on personal accounts and parents should not share photos, "
        let text = String(repeating: sentence, count: 3_000)
        let document = PolicyReader().read(SourceText(name: "long", text: text)).document
        #expect(document.clauses.count > 3_000)
        #expect(document.clauses.allSatisfy { $0.line == 1 })
    }

    /// A sentence too long to read whole is read in pieces, none of it
    /// dropped, and a warning says so where it starts.
    @Test func aSentenceTooLongIsReadInPiecesWithAWarning() {
        let text = "Intro.\nStaff must not post images of pupils " + String(repeating: "and parents should not share photos ", count: 200) + "\n"
        let (document, diagnostics) = PolicyReader().read(SourceText(name: "long", text: text))
        #expect(document.clauses.count > 10)
        let warnings = diagnostics.filter { $0.id == "extract.long-sentence" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.line == 2)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.message.hasPrefix("a sentence of 7236 bytes with no full stop was read in pieces of at most 1200 bytes") == true)
        #expect(PolicyReader().read(SourceText(name: "short", text: "Staff must report concerns.\n")).diagnostics.isEmpty)
    }

    @Test func emptyAndBlankDocumentsHaveNoClauses() {
        #expect(PolicyReader().read(SourceText(name: "empty", text: "")).document.clauses.isEmpty)
        #expect(PolicyReader().read(SourceText(name: "blank", text: "\n \n\t\n")).document.clauses.isEmpty)
    }

    @Test func clauseIdsAreUniqueAcrossTheCorpus() throws {
        for name in Repository.seedNames {
            let document = try PolicyReader().read(Repository.corpusBytes(name), name: name).get().document
            let ids = document.clauses.map(\.id)
            #expect(Set(ids).count == ids.count, "\(name) repeats a clause id")
        }
    }
}
