import Foundation
import Testing
@testable import ConcordKit

@Suite struct JSONReaderTests {
    func read(_ text: String) throws(JSONReader.Failure) -> JSONNode {
        try JSONReader.read(Array(text.utf8))
    }

    /// The node written back as compact text, to compare whole values.
    func text(_ node: JSONNode) -> String {
        switch node {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .int(let value): return "i\(value)"
        case .number(let value): return "d\(value)"
        case .string(let value): return "s<\(value)>"
        case .array(let items): return "[" + items.map(text).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { "\($0.0)=" + text($0.1) }.joined(separator: ",") + "}"
        }
    }

    @Test func readsEveryKindOfValue() throws {
        let node = try read(#" { "a" : [1, -2, 3.5, 1e3, true, false, null, "x"], "b": {}, "c": [] } "#)
        #expect(text(node) == "{a=[i1,i-2,d3.5,d1000.0,true,false,null,s<x>],b={},c=[]}")
    }

    @Test func keepsTheOrderOfKeys() throws {
        #expect(text(try read(#"{"z": 1, "a": 2, "m": 3}"#)) == "{z=i1,a=i2,m=i3}")
    }

    @Test func decodesEscapes() throws {
        #expect(text(try read(#"["a\"b\\c\/d\n\t\r\b\f"]"#)) == "[s<a\"b\\c/d\n\t\r\u{8}\u{C}>]")
        #expect(text(try read(#"["caf\u00e9 \u2019s \ud83d\ude00"]"#)) == "[s<café ’s 😀>]")
        #expect(text(try read("[\"plain café\"]")) == "[s<plain café>]")
    }

    @Test func allowsAByteOrderMark() throws {
        #expect(text(try JSONReader.read([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))) == "[i1]")
    }

    @Test func reportsWhereTheTextIsWrong() {
        func failure(_ json: String) -> String? {
            do {
                _ = try read(json)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(failure("{\n  \"a\": [1,\n  2,]\n}") == "line 3, column 5: expected a value")
        #expect(failure(#"{"a" 1}"#) == "line 1, column 6: expected ':' after a key")
        #expect(failure(#"{"a": 1"#) == "line 1, column 8: expected ',' or '}', found the end")
        #expect(failure(#"["abc"#) == "line 1, column 6: a string is not closed")
        #expect(failure(#"["\x"]"#) == #"line 1, column 5: an unknown escape '\x'"#)
        #expect(failure(#"["\ud83d"]"#) == #"line 1, column 9: a lone surrogate in a \u escape"#)
        #expect(failure("[\"a\nb\"]") == "line 1, column 4: a control character in a string")
        #expect(failure("[1] 2") == "line 1, column 5: unexpected text after the value")
        #expect(failure("[-]") == "line 1, column 3: expected digits")
        #expect(failure("nul") == "line 1, column 1: expected a value")
        #expect(failure("") == "line 1, column 1: expected a value, found the end")
    }

    @Test func refusesDeepNestingInsteadOfRecursing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONReader.Failure.self) { try read(deep) }
        let allowed = String(repeating: "[", count: JSONReader.maximumDepth) + String(repeating: "]", count: JSONReader.maximumDepth)
        #expect((try? read(allowed)) != nil)
    }

    @Test func neverCrashesOnRandomBytes() {
        var generator = SeededGenerator(seed: 11)
        let alphabet = Array(#"{}[]",:\/-+.eE0123456789truefalsn u"#.utf8) + [0x0A, 0xC3, 0xA9, 0xFF]
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            _ = try? JSONReader.read(bytes)
        }
    }
}
