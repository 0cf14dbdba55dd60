import Testing
@testable import ConcordKit

/// Tables written in plain text, cells between " | " or in columns laid
/// out with spaces, are table rows; navigation bars, details and prose are
/// not.
@Suite struct PlainTableTests {
    func kinds(_ text: String) -> [String] {
        OutlineBuilder().build(SourceText(name: "t", text: text)).blocks.map { block in
            switch block.kind {
            case .heading: return "H:\(block.text)"
            case .paragraph: return "P:\(block.text)"
            case .listItem(let depth): return "L\(depth):\(block.text)"
            case .tableRow(let cells): return "T:\(cells.joined(separator: "|"))"
            case .note: return "N:\(block.text)"
            }
        }
    }

    @Test func barsBetweenCells() {
        let text = """
            Visitors are asked to follow the guide below while they are in school.
            Do | Don't
            Sign in at the office | Take photos of pupils
            Wear your badge at all times | Use your phone in classrooms

            Thank you for your help.
            """
        #expect(kinds(text) == [
            "P:Visitors are asked to follow the guide below while they are in school.",
            "T:Do|Don't", "T:Sign in at the office|Take photos of pupils", "T:Wear your badge at all times|Use your phone in classrooms",
            "P:Thank you for your help.",
        ])
    }

    @Test func oneLineIsNoTableAndRowsMustAgree() {
        let text = "Staff must be kind.\n\nPhones | Watches\n\nStaff must be careful.\nOne | Two\nOne | Two | Three\n"
        #expect(!kinds(text).contains { $0.hasPrefix("T:") })
    }

    @Test func navigationBarsStayNotes() {
        let text = "Home | About Us | Policies | Contact\nParents | Pupils | Governors | Staff\n\nStaff must lock phones away.\n"
        #expect(kinds(text) == ["N:Home | About Us | Policies | Contact", "N:Parents | Pupils | Governors | Staff", "P:Staff must lock phones away."])
    }

    @Test func detailsStayDetails() {
        let text = """
            Mobile Phone Policy
            Owner: Headteacher | Lead: Mrs A. Okafor
            Approved by: Governors | Status: Final

            Staff must lock their phones away during lessons so that they are not disturbed.
            """
        #expect(kinds(text).prefix(3) == ["H:Mobile Phone Policy", "N:Owner: Headteacher | Lead: Mrs A. Okafor", "N:Approved by: Governors | Status: Final"])
    }

    @Test func columnsLaidOutWithSpaces() {
        let text = """
            Staff must report any concern to one of the people below.

            Role                         Name               Room
            Designated lead              Mrs A. Okafor      Office 2
            Deputy lead                  Mr B. Lane         Library
            """
        #expect(kinds(text).dropFirst() == [
            "T:Role|Name|Room", "T:Designated lead|Mrs A. Okafor|Office 2", "T:Deputy lead|Mr B. Lane|Library",
        ])
    }

    @Test func aRowMayLeaveCellsEmpty() {
        let text = """
            Who to contact
            ------------------------------------------------------
               DSL              Mrs A. Okafor      Room 4
               Deputy DSLs      Mr B. Lane         Room 5
                                Ms C. Hale         Room 6
            ------------------------------------------------------
            """
        #expect(kinds(text) == [
            "H:Who to contact", "P:------------------------------------------------------",
            "T:DSL|Mrs A. Okafor|Room 4", "T:Deputy DSLs|Mr B. Lane|Room 5", "T:|Ms C. Hale|Room 6",
            "P:------------------------------------------------------",
        ])
    }

    @Test func columnsThatDoNotLineUpAreNoTable() {
        let text = "Designated lead      Mrs A. Okafor\nDeputy lead   Mr B. Lane\n"
        #expect(!kinds(text).contains { $0.hasPrefix("T:") })
    }

    @Test func twoSpacesNeedThreeRows() {
        #expect(!kinds("Trips  Mrs A. Okafor\nDSL    Mr B. Lane\n").contains { $0.hasPrefix("T:") })
        #expect(!kinds("DSL    Mr B. Lane\nTrips  Mrs A. Okafor\n").contains { $0.hasPrefix("T:") })
        #expect(kinds("Trips  Mrs A. Okafor\nDSL    Mr B. Lane\nIT     Ms C. Hale\n") == ["T:Trips|Mrs A. Okafor", "T:DSL|Mr B. Lane", "T:IT|Ms C. Hale"])
    }

    @Test func sentencesSpacedTwiceAreProse() {
        let text = """
            Phones are kept in the office.  They are returned at the end of the day.
            Watches are kept in the office.  They are returned at the end of the day.
            Tablets are kept in the office.  They are returned at the end of the day.
            """
        #expect(!kinds(text).contains { $0.hasPrefix("T:") })
    }
}
