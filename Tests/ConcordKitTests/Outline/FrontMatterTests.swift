import Testing
@testable import ConcordKit

/// The details above a document's first text are notes; its title, its
/// school and its numbered headings are not.
@Suite struct FrontMatterTests {
    func kinds(_ text: String) -> [String] {
        OutlineBuilder().build(SourceText(name: "t", text: text)).blocks.map { "\($0.kind == .note ? "N" : $0.kind == .heading ? "H" : "P"):\($0.text)" }
    }

    @Test func detailsAboveTheTextAreNotes() {
        let text = """
            HILL TOP ACADEMY

            Mobile Phone Policy 2024–25

            Policy lead: Mrs J. Brown (Deputy Headteacher)
            Review:\tSummer term 2025
            Agreed at the governors' meeting on 14 May 2024 · Next review: May 2025

            1. Introduction

            Review: pupils may ask for a review of a confiscation.
            """
        #expect(kinds(text) == [
            "H:HILL TOP ACADEMY", "H:Mobile Phone Policy 2024–25", "N:Policy lead: Mrs J. Brown (Deputy Headteacher)",
            "N:Review: Summer term 2025", "N:Agreed at the governors' meeting on 14 May 2024 · Next review: May 2025",
            "H:Introduction", "P:Review: pupils may ask for a review of a confiscation.",
        ])
    }

    @Test func titlesWithAColonStay() {
        let text = "Section 4: Roles and Responsibilities\n\nThe headteacher will:\n· approve accounts\n"
        #expect(kinds(text).first == "H:Section 4: Roles and Responsibilities")
    }
}
