import Testing
@testable import ConcordKit

/// Word-export debris goes wherever it stands in a line, early or late,
/// and a line with none comes back as it was.
@Suite struct DebrisStripperTests {
    @Test func debrisGoesWhereverItStands() {
        #expect(DebrisStripper.strip("[bookmark: _Toc1]Staff must not post.") == "Staff must not post.")
        #expect(DebrisStripper.strip("Staff must not post images of pupils[image: logo.png]") == "Staff must not post images of pupils")
        #expect(DebrisStripper.strip("Staff **must not** post <u>images</u> of pupils.") == "Staff must not post images of pupils.")
        #expect(DebrisStripper.strip("Pupils may bring phones to school <strong>only</strong>") == "Pupils may bring phones to school only")
        #expect(DebrisStripper.strip("A line long enough to pass eight bytes, then **") == "A line long enough to pass eight bytes, then ")
    }

    @Test func otherBracketsStarsAndAnglesStay() {
        for line in ["See [section 4] below.", "2 < 3 and a * b", "a lone * star", "[image", "x <", ""] {
            #expect(DebrisStripper.strip(line) == line)
        }
        #expect(DebrisStripper.strip("Staff must lock phones away during lessons.") == "Staff must lock phones away during lessons.")
    }
}
