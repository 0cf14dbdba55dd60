import Testing
@testable import ConcordKit

/// A cell a spreadsheet would run as a formula starts with a quote instead
/// (OWASP's advice on CSV injection) and is quoted.
@Suite struct CSVInjectionTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+44 1234", "\"'+44 1234\""),
        ("-1+1", "\"'-1+1\""),
        ("@SUM(A1)", "\"'@SUM(A1)\""),
        ("\tcmd", "\"'\tcmd\""),
        ("\rcmd", "\"'\rcmd\""),
        ("a = b", "a = b"),
        ("e-safety", "e-safety"),
    ])
    func formulaCellsAreNeutralised(_ field: String, _ expected: String) {
        var out = ""
        ClauseCSVWriter.writeRow([field], to: &out)
        #expect(out == expected + "\r\n")
    }

    @Test func clauseTextThatLooksLikeAFormulaIsNeutralised() {
        let rule = Rule(subject: [.staff], modality: .must, action: .report)
        var document = PolicyDocument(name: "x")
        document.sections = [Section(id: "A", heading: nil, line: nil, items: [
            .clause(Clause(id: "A.1", text: "=1+1 staff must report", line: 3, section: "A", rule: rule)),
        ])]
        var out = ""
        ClauseCSVWriter.write(document, to: &out)
        #expect(out.hasSuffix(",\"'=1+1 staff must report\"\r\n"))
    }
}
