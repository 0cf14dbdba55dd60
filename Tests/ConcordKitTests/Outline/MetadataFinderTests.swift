import Testing
@testable import ConcordKit

/// Title and school come from the lines above a document's first text,
/// never from a section heading below it.
@Suite struct MetadataFinderTests {
    func facts(_ text: String, markdown: Bool = false) -> (school: String?, title: String?) {
        let outline = OutlineBuilder().build(SourceText(name: "t", text: text, isMarkdown: markdown))
        return (outline.school, outline.title)
    }

    @Test func theTitleNamesAKindOfDocument() {
        for (kind, expected) in [("Charter", "Parent Online Conduct Charter"), ("Agreement", "Pupil Acceptable Use Agreement"),
                                 ("Guidance", "Staff Guidance – Social Media"), ("FAQ", "Social Media FAQ")] {
            let title = expected.replacingOccurrences(of: kind, with: kind)
            #expect(facts("Hill Top Primary School\n\n\(title)\n\nThis guidance is for every member of staff at the school.\n").title == expected)
        }
    }

    @Test func aTrustGivesWayToItsAcademy() {
        let result = facts("Wyvern Oak Learning Trust\nRiver Bend Primary Academy\n\nSOCIAL MEDIA POLICY\n\n1. Introduction\n")
        #expect(result.school == "River Bend Primary Academy")
        #expect(result.title == "Social Media Policy")
        #expect(facts("OAKDALE LEARNING TRUST\n\nSocial Media Policy\n\nStaff must be kind to one another at all times in school.\n").school == "Oakdale Learning Trust")
    }

    @Test func taglinesAddressesAndNumbersAreNoTitle() {
        let text = """
            Little Acorns Pre-School
            The Old Barn, Church Lane, Hillford
            Tel: 01234 567890

            Policy 2.3

            Phones and Cameras

            At Little Acorns we want every child to feel safe and every parent to feel confident.
            """
        #expect(facts(text) == ("Little Acorns Pre-School", "Phones and Cameras"))
        let tagged = facts("HILL TOP ACADEMY\nA member of the Vale Learning Trust\n\nONLINE SAFETY\n\nPupils must hand their phones in at the office every morning.\n")
        #expect(tagged == ("Hill Top Academy", "Online Safety"))
    }

    @Test func columnsAndBarsSplitATitleLine() {
        let text = "Riverside Primary School                 Online Safety Policy\nPart B: Teaching       Version 4.2\n\n8. REMOTE LEARNING\n"
        #expect(facts(text) == ("Riverside Primary School", "Online Safety Policy"))
        #expect(facts("# Phones at school\n\n*Hill Top Infant School · Parents' information · Last updated 4 May 2025*\n\nWelcome to our page about phones and the rules we keep.\n", markdown: true)
            == ("Hill Top Infant School", "Phones at school"))
    }

    @Test func friendsOfASchoolAreItsNameAndTheirAcronymGoes() {
        #expect(facts("FRIENDS OF HILL TOP SCHOOL (FOHTS)\nSOCIAL MEDIA GUIDANCE FOR VOLUNTEERS\n\nThank you for helping at our events this year, we could not do it without you.\n")
            == ("Friends of Hill Top School", "Social Media Guidance for Volunteers"))
    }

    @Test func withoutTitleLinesTheTextNamesTheSchool() {
        let text = """
            Social media plays an important role in the lives of many people, and it is used by pupils, staff and parents at Brookfield.

            Policy Governance

            Staff at Brookfield must not add pupils as friends.
            """
        #expect(facts(text) == ("Brookfield", nil))
        let named = facts("Oakridge Primary School recognises that social media is part of everyday life for staff and pupils.\n\nStaff must be careful.\n")
        #expect(named.school == "Oakridge Primary School")
        let placed = facts("We expect everyone at Moorhen Lane to be kind online. Staff at Moorhen Lane. Pupils at Moorhen Lane must be kind.\n")
        #expect(placed.school == "Moorhen Lane")
    }

    @Test func capitalsBecomeTitleCaseButAcronymsStay() {
        #expect(TitleCase.named("ORRINSBY CE PRIMARY SCHOOL") == "Orrinsby CE Primary School")
        #expect(TitleCase.named("STUDENT ICT ACCEPTABLE USE AGREEMENT 2024–25") == "Student ICT Acceptable Use Agreement 2024–25")
        #expect(TitleCase.named("E-SAFETY POLICY FOR STUDENTS") == "E-Safety Policy for Students")
        #expect(TitleCase.named("Hill Top School") == "Hill Top School")
    }

    /// Title case from bytes (ASCII) and from characters (beyond it) give
    /// the same words.
    @Test func titleCaseAgreesBeyondASCII() {
        for title in ["ORRINSBY CE PRIMARY SCHOOL", "E-SAFETY POLICY FOR STUDENTS", "KS2 PTA ICT RULES", "THE  OLD SCHOOL ",
                      "A GUIDE TO THE USE OF SOCIAL MEDIA", "(ICT) CODE OF CONDUCT", "2024 POLICY", ""] {
            #expect(TitleCase.named(title + " –") == TitleCase.named(title) + " –", "\(title)")
        }
    }

    /// A bracketed acronym goes whether the name before it is ASCII or not.
    @Test func acronymsGoBeforeAndBeyondASCII() {
        #expect(TitleParts.withoutAcronym("Friends of Hill Top School (FOHTS)") == "Friends of Hill Top School")
        #expect(TitleParts.withoutAcronym("Friends of St Mary’s (FOSM)") == "Friends of St Mary’s")
        #expect(TitleParts.withoutAcronym("Friends of Écoles\u{00A0}(FÉ)") == "Friends of Écoles\u{00A0}(FÉ)")
        #expect(TitleParts.withoutAcronym("Friends of Café(FOC)") == "Friends of Café")
        #expect(TitleParts.withoutAcronym("Hill Top (School)") == "Hill Top (School)")
        #expect(TitleParts.withoutAcronym("(PTA)") == "(PTA)")
    }
}
