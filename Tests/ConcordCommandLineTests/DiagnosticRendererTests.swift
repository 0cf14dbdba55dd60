import ConcordCommandLine
import ConcordKit
import Testing

@Suite struct DiagnosticRendererTests {
    @Test func putsTheCaretUnderTheColumnKeepingTabs() {
        let renderer = DiagnosticRenderer(path: "p.policy", lines: ["\tclause A.1 \"é\" oops"])
        let diagnostic = Diagnostic(.error, "policy.unexpected-token", "unexpected 'oops' after the clause text", at: SourceLocation(line: 1, column: 17),
                                    notes: ["a quote inside text is written \\\""])
        #expect(renderer.render(diagnostic) == """
            p.policy:1:17: error: unexpected 'oops' after the clause text
                \tclause A.1 "é" oops
                \t               ^
                note: a quote inside text is written \\"

            """)
    }

    @Test func quotesOnlyAWindowOfALongLine() {
        let line = String(repeating: "x", count: 1_000_000)
        let renderer = DiagnosticRenderer(path: "p", lines: [line])
        let text = renderer.render(Diagnostic(.warning, "w", "long", at: SourceLocation(line: 1, column: 500_000)))
        #expect(text.utf8.count < 600)
        #expect(text.contains("…"))
    }

    @Test func coloursOnlyWhenAsked() {
        let diagnostic = Diagnostic(.warning, "w", "m", at: SourceLocation(line: 9, column: 1))
        #expect(DiagnosticRenderer(path: "p", lines: []).render(diagnostic) == "p:9:1: warning: m\n")
        #expect(DiagnosticRenderer(path: "p", lines: [], useColour: true).render(diagnostic).contains("\u{1B}[1;33m"))
    }
}
