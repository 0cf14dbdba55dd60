import Foundation
import Testing
@testable import ConcordKit

@Suite struct LexiconTests {
    @Test func anExtensionAddsWordingWithoutRecompiling() throws {
        let text = "Staff must not vlog about pupils."
        let before = PolicyReader().read(SourceText(name: "t", text: text)).document.clauses
        #expect(before.first?.rule.action == .other)
        let extension_ = #"{"actions": [{"action": "post-comments", "phrases": ["vlog*"]}], "roles": {"pupils": ["scholars"]}}"#
        let lexicon = try Lexicon(extending: Data(extension_.utf8))
        let after = PolicyReader(lexicon: lexicon).read(SourceText(name: "t", text: text + " Staff must not tag scholars.")).document.clauses
        #expect(after.map(\.rule.action) == [.postComments, .tag])
        #expect(after.last?.rule.audience == [.pupils])
    }

    @Test func unknownIdsAreReported() {
        #expect(throws: Lexicon.LoadError.self) {
            try Lexicon(extending: Data(#"{"roles": {"wizards": ["wizard"]}}"#.utf8))
        }
        #expect(throws: Lexicon.LoadError.self) {
            try Lexicon(extending: Data(#"{"actions": [{"action": "fly", "phrases": ["fly"]}]}"#.utf8))
        }
        #expect(throws: Lexicon.LoadError.self) {
            try Lexicon(extending: Data("not json".utf8))
        }
    }
}
