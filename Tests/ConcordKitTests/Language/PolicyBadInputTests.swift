import Foundation
import Testing
@testable import ConcordKit

/// Swift Testing has a `SourceLocation` of its own; here the name means Concord's.
private typealias SourceLocation = ConcordKit.SourceLocation

/// Malformed and hostile `.policy` input: none crashes, each gets a clear
/// diagnostic (or, where the input is fine, none).
@Suite struct PolicyBadInputTests {
    let parser = PolicyParser(reader: nil)
    let sample = """
        policy "P"
        section A "One"
          clause A.1 "Staff must report concerns."
            rule staff must report headteacher

        """

    func ids(_ file: PolicyFile) -> [String] { file.diagnostics.map(\.id) }

    @Test func crlfLineEndingsReadLikeLF() {
        let lf = parser.parse(sample, name: "p")
        let crlf = parser.parse(Array(sample.replacingOccurrences(of: "\n", with: "\r\n").utf8), name: "p")
        #expect(crlf.document == lf.document)
        #expect(ids(crlf) == ["policy.crlf"])
        #expect(crlf.diagnostics.first?.severity == .note)
    }

    @Test func tabsAreWhiteSpaceAndEscapedInText() {
        let file = parser.parse("policy\t\"P\"\nsection\tA\n\tclause A.1\t\"a\tb\"\t@3\n\t\trule staff must report\n", name: "p")
        #expect(file.diagnostics == [])
        #expect(file.document.clauses.first?.text == "a\tb")
        #expect(PolicyPrinter().print(file.document).contains(#""a\tb"  @3"#))
    }

    @Test func aOneMegabyteLineIsRead() {
        let long = String(repeating: "word ", count: 200_000)
        let file = parser.parse("section A\n  text \"\(long)\"\n  text \"\(long)", name: "p")
        #expect(file.document.sections.first?.items.count == 2)
        #expect(ids(file) == ["policy.unterminated-string"])
        #expect(file.diagnostics.first?.location == SourceLocation(line: 3, column: 8))
    }

    @Test func bytesThatAreNotUTF8AreWarnedAbout() {
        let bytes = Array("section A \"caf".utf8) + [0xE9] + Array("\"\n".utf8)
        let file = parser.parse(bytes, name: "p")
        #expect(ids(file) == ["policy.encoding"])
        #expect(file.document.sections.first?.heading == "café")
    }

    @Test func binaryIsRefused() {
        let file = parser.parse([0x70, 0x00, 0x01, 0x02], name: "p")
        #expect(ids(file) == ["policy.binary"])
        #expect(file.hasErrors)
    }

    @Test func anEmptyFileIsAnEmptyPolicy() {
        let file = parser.parse([], name: "p")
        #expect(file.document == PolicyDocument(name: "p"))
        #expect(ids(file) == ["policy.empty"])
        #expect(file.diagnostics.first?.message == "the file is empty")
    }

    @Test func aFileOfOnlyCommentsIsAnEmptyPolicy() {
        let file = parser.parse("# one\n\n   # two\n", name: "p")
        #expect(file.document == PolicyDocument(name: "p"))
        #expect(file.diagnostics.map(\.message) == ["the file holds no statements, only comments or blank lines"])
        #expect(PolicyPrinter().print(file.document, comments: file.comments) == "# one\n# two\n")
    }

    @Test func tenThousandClauses() {
        var source = "section A\n"
        for number in 1...10_000 { source += "  clause A.\(number) \"Staff must report concern \(number).\"\n    rule staff must report\n" }
        source += "  clause A.17 \"again\"\n    rule staff must report\n"
        let file = parser.parse(source, name: "p")
        #expect(file.document.clauses.count == 10_001)
        #expect(ids(file) == ["policy.duplicate-clause"])
        #expect(file.diagnostics.first?.location?.line == 20_002)
    }

    @Test func deeplyIndentedTextIsRead() {
        let indent = String(repeating: " ", count: 5_000)
        let file = parser.parse("\(indent)section A\n\(indent)\(indent)text \"deep\"\n", name: "p")
        #expect(file.diagnostics == [])
        #expect(file.document.sections.first?.items == [.passage(Passage(kind: .paragraph, text: "deep", line: 0))])
    }

    @Test(arguments: ["section A \"", "text \"\"\"", "clause A \"x\" \"y", "\"", "history\n  \"1.0", "policy \"a\\\""])
    func unbalancedQuotesAreReported(source: String) {
        let file = parser.parse(source, name: "p")
        #expect(file.hasErrors)
        #expect(file.diagnostics.allSatisfy { $0.location != nil && !$0.message.hasSuffix(".") })
    }

    @Test func randomBytesNeverCrash() {
        var random = SeededGenerator(seed: 42)
        let alphabet = Array("policy section clause rule text item history term from \"\\,@#-0123456789 must staff under on unless\n\t\r{}é".utf8)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...200, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let file = parser.parse(bytes, name: "fuzz")
            let printed = PolicyPrinter().print(file.document)
            #expect(parser.parse(printed, name: "fuzz").document == file.document)
        }
    }
}
