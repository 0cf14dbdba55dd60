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

    /// The lexicon's own reader and `JSONDecoder` read the standard lexicon
    /// into the same fields: written back with sorted keys, they agree.
    @Test func readsTheLexiconAsJSONDecoderDoes() throws {
        let json = Data(Lexicon.bundledJSON.utf8)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let ours = try encoder.encode(Lexicon.decode(json))
        let foundation = try encoder.encode(JSONDecoder().decode(LexiconData.self, from: json))
        #expect(ours == foundation)
        #expect(ours.count > 30_000)
    }

    @Test func reportsTheFieldOfTheWrongShape() {
        func failure(_ json: String) -> String? {
            do {
                _ = try Lexicon.decode(Data(json.utf8))
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(failure(#"{"roles": {"staff": "teacher"}}"#) == "the lexicon is not valid: roles.staff: expected a list of strings")
        #expect(failure(#"{"actions": [{"phrases": ["x"]}]}"#) == #"the lexicon is not valid: actions.0: no "action""#)
        #expect(failure(#"{"actions": [{"action": "fly", "phrases": ["x"]}]}"#) == "the lexicon names an unknown action 'fly'")
        #expect(failure(#"{"imperatives": [1]}"#) == "the lexicon is not valid: imperatives: expected a list of strings")
        #expect(failure(#"{"numberWords": {"ten": "10"}}"#) == "the lexicon is not valid: numberWords.ten: expected a whole number")
        #expect(failure("[]") == "the lexicon is not valid: expected an object")
        #expect(failure("{") == "the lexicon is not valid: line 1, column 2: expected a key in quotes")
        // Nulls are passed over, as JSONDecoder passes them.
        #expect(failure(#"{"roles": null, "imperatives": ["vlog"]}"#) == nil)
    }

    /// A misspelt field would otherwise do nothing, silently; a version
    /// this Concord does not read might mean anything.
    @Test func refusesAnUnknownFieldOrVersion() {
        func failure(_ json: String) -> String? {
            do {
                _ = try Lexicon.decode(Data(json.utf8))
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(failure(#"{"version": 1, "acitons": []}"#) == "the lexicon is not valid: unknown field 'acitons'; did you mean 'actions'?")
        #expect(failure(#"{"actions": [{"action": "report", "phrase": ["x"]}]}"#)
                == "the lexicon is not valid: actions.0: unknown field 'phrase'; did you mean 'phrases'?")
        #expect(failure(#"{"definitionVerbs": {"extend": []}}"#)
                == "the lexicon is not valid: definitionVerbs: unknown field 'extend'; did you mean 'extends'?")
        #expect(failure(#"{"version": 2}"#) == "the lexicon is not valid: version 2 is not one this concord reads (it reads 1)")
        #expect(failure(#"{"version": 1}"#) == nil)
    }

    /// Every plain phrase of every list is found in its own words: a
    /// matcher built after the vocabulary was sealed would find nothing.
    @Test func everyPlainPhraseMatchesItself() {
        let lexicon = Lexicon.standard
        let data = lexicon.data
        func check(_ phrases: [String]?, _ found: ([Token]) -> Bool, _ list: String) {
            for phrase in phrases ?? [] where !phrase.contains("*") && !phrase.contains("...") {
                let tokens = lexicon.tokenize(phrase)
                guard !tokens.isEmpty else { continue }
                #expect(found(tokens), "\(list): '\(phrase)'")
            }
        }
        func whole<P>(_ matcher: PhraseMatcher<P>) -> ([Token]) -> Bool {
            { tokens in matcher.matches(in: tokens, at: 0).contains { $0.end == tokens.count } }
        }
        for (_, phrases) in data.roles ?? [:] { check(phrases, whole(lexicon.roles), "roles") }
        for (_, phrases) in data.modals ?? [:] { check(phrases, whole(lexicon.modals), "modals") }
        for (_, phrases) in data.contexts ?? [:] { check(phrases, whole(lexicon.contexts), "contexts") }
        for entry in data.actions ?? [] { check(entry.phrases + (entry.negated ?? []), whole(lexicon.actions), "actions") }
        check(data.notRoles, whole(lexicon.notRoles), "notRoles")
        check(data.notContexts, whole(lexicon.notContexts), "notContexts")
        check(data.scopePhrases, whole(lexicon.scopePhrases), "scopePhrases")
        check(data.imageNouns, whole(lexicon.imageNouns), "imageNouns")
        check(data.postingVerbs, whole(lexicon.postingVerbs), "postingVerbs")
        check(data.consequences, whole(lexicon.consequences), "consequences")
        check(data.reminders, whole(lexicon.reminders), "reminders")
        check(data.channels, whole(lexicon.channels), "channels")
    }

    /// A phrase names one context and one modality: listed twice, a clause
    /// would get both.
    @Test func noPhraseIsListedUnderTwoContextsOrModalities() {
        let data = Lexicon.standard.data
        for (kind, lists) in [("context", data.contexts ?? [:]), ("modality", data.modals ?? [:])] {
            var seen: [String: String] = [:]
            for (id, phrases) in lists {
                for phrase in phrases.map({ $0.lowercased() }) {
                    if let other = seen[phrase], other != id {
                        Issue.record("'\(phrase)' is listed under \(kind)s '\(other)' and '\(id)'")
                    }
                    seen[phrase] = id
                }
            }
        }
    }
}
