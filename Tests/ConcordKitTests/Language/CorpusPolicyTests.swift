import Foundation
import Testing
@testable import ConcordKit

/// The corpus's `.policy` files are generated from its sources by
/// `concord import corpus -o corpus` (or `CONCORD_RECORD=1 swift test
/// --filter CorpusPolicyTests`) and committed. These tests fail when they
/// are stale, and show that importing loses no word of the source.
@Suite struct CorpusPolicyTests {
    @Test(arguments: PolicyCorpus.names)
    func committedPolicyIsUpToDate(name: String) throws {
        let printed = PolicyPrinter().print(PolicyCorpus.document(name))
        let path = PolicyCorpus.folder.appendingPathComponent("\(name).policy")
        if PolicyCorpus.recording {
            try Data(printed.utf8).write(to: path)
            Issue.record("recorded corpus/\(name).policy; run the tests again without CONCORD_RECORD")
            return
        }
        let committed = String(decoding: PolicyCorpus.bytes(name, "policy"), as: UTF8.self)
        #expect(committed == printed, "corpus/\(name).policy is stale: run 'swift run concord import corpus -o corpus'")
    }

    @Test(arguments: PolicyCorpus.names)
    func committedPolicyParsesCleanly(name: String) {
        let file = PolicyParser(reader: nil).parse(PolicyCorpus.bytes(name, "policy"), name: name)
        #expect(file.diagnostics.filter { $0.severity == .error } == [])
        #expect(file.document == PolicyCorpus.document(name))
    }

    /// Every word of the source, debris stripped, is in the `.policy` file
    /// in order, list markers and section letters included; aside are the
    /// dropped page header, the version table's header row and its rows
    /// (whose fields are checked apart, as the history block orders them
    /// version, date, purpose, lead).
    @Test(arguments: PolicyCorpus.names)
    func importLosesNoWord(name: String) throws {
        let bytes = PolicyCorpus.bytes(name, "txt")
        let source = try SourceText.read(bytes, name: name).get()
        let (document, diagnostics) = PolicyReader().read(source)
        let policyWords = SourceWords.of(PolicyCorpus.bytes(name, "policy"))
        let historyLines = Set(document.history.compactMap(\.line))
        let pageHeaders = Set(diagnostics.filter { $0.id == "outline.page-header" }.compactMap(\.location?.line))
        var sourceWords: [(word: String, line: Int)] = []
        for (index, line) in source.lines.enumerated() {
            let number = index + 1
            if historyLines.contains(number) || pageHeaders.contains(number) || VersionTableReader(header: line, number: number) != nil { continue }
            sourceWords += SourceWords.of(Array(line.utf8)).map { ($0, number) }
        }
        var position = 0
        for (word, line) in sourceWords {
            guard let found = policyWords[position...].firstIndex(of: word) else {
                Issue.record("corpus/\(name).txt:\(line): '\(word)' is not in the .policy after word \(position) (\(policyWords[max(0, position - 8)..<position].joined(separator: " ")))")
                return
            }
            position = found + 1
        }
        let history = SourceWords.of(Array(PolicyPrinter().print(PolicyDocument(name: name, history: document.history)).utf8))
        for entry in document.history {
            for field in [entry.version, entry.date, entry.purpose, entry.lead].compactMap({ $0 }) {
                for word in SourceWords.of(Array(field.utf8)) { #expect(history.contains(word) && policyWords.contains(word)) }
            }
        }
        #expect(sourceWords.count > 500)
    }
}

/// Lower-cased words: runs of ASCII letters and digits or non-ASCII bytes.
enum SourceWords {
    static func of(_ bytes: [UInt8]) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in bytes {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) || lower >= 0x80 {
                word.append(lower)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
