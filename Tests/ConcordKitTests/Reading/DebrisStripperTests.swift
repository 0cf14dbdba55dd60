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

    /// Reading a file strips each line as it is cut from the bytes, the
    /// last line and every line ending alike; Markdown's emphasis goes only
    /// in Markdown.
    @Test func readingStripsEveryLine() throws {
        let text = "[bookmark: a]Staff **must not** post.\r\nPupils _may_ bring <u>phones</u>.\rSee [section 4].\n\nLast <b>line</b>"
        let expected = ["Staff must not post.", "Pupils _may_ bring phones.", "See [section 4].", "", "Last line"]
        #expect(try SourceText.read(Array(text.utf8), name: "t").get().lines == expected)
        #expect(SourceText(name: "t", text: text).lines == expected)
        // Latin-1, decoded first, is split and stripped the same way.
        var latin1 = Array(text.utf8)
        latin1.append(0xE9)
        #expect(try SourceText.read(latin1, name: "t").get().lines == expected.dropLast() + ["Last line\u{E9}"])
        let markdown = try SourceText.read(Array(text.utf8), name: "t", isMarkdown: true).get()
        #expect(markdown.lines[1] == "Pupils may bring phones.")
    }
}
