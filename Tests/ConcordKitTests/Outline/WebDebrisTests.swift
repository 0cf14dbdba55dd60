import Testing
@testable import ConcordKit

/// What a web capture adds to a policy is kept as notes; the policy's own
/// lines, even short ones, are not.
@Suite struct WebDebrisTests {
    func notes(_ text: String) -> [String] {
        OutlineBuilder().build(SourceText(name: "t", text: text)).blocks.filter { $0.kind == .note }.map(\.text)
    }

    @Test func aMenuFromHomeOnIsNavigation() {
        let text = "Hill Top Primary\nHome\nAbout Us\nKey Information\nNews & Events\nParent Login  |  Staff Login\n\nMobile Phones\nStaff must lock phones away.\n"
        #expect(notes(text) == ["Home", "About Us", "Key Information", "News & Events", "Parent Login  |  Staff Login"])
    }

    @Test(arguments: [
        "Policies › Safeguarding › Mobile phones",
        "Staff Handbook  >  Part 2  >  Section 6",
        "« Section 5: Equipment        Section 7: Dress »",
        "Skip to main content",
        "Last edited by J. Smith · 3 May 2024 · Viewed 80 times",
        "Hill Top School · Parents' page · Last updated 4 May 2025",
        "This website uses cookies to improve your experience. Accept all   Settings",
        "Was this page helpful?  Yes  No",
        "Download this leaflet (PDF, 120 KB)",
        "Useful links: Parent Zone  |  Internet Matters  |  Childnet",
        "² The log is kept by the office.",
        "[Photo: pupils in the garden]",
        "[Note for schools: replace [School name] before publishing.]",
    ])
    func pageToolsAndAsides(_ line: String) {
        #expect(notes("Staff must be kind.\n\n\(line)\n\nStaff must be careful.\n") == [line])
    }

    @Test(arguments: [
        "Working from home",
        "Download software only with the approval of the IT lead, and never on a personal device, so that the school network stays safe.",
        "Staff must not accept friend requests > 1 per week.",
        "Sign in at reception when you arrive.",
        "Contact with pupils",
        "[School name] staff must not post photographs.",
    ])
    func policyLinesStay(_ line: String) {
        #expect(notes("Staff must be kind.\n\n\(line)\n\nStaff must be careful.\n").isEmpty)
    }
}
