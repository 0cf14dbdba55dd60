import Testing
@testable import ConcordKit

@Suite struct ClauseCSVWriterTests {
    @Test func quotesFieldsThatNeedItAndDoublesTheirQuotes() {
        var out = ""
        ClauseCSVWriter.writeRow(["plain", "a, b", "say \"no\"", "two\nlines", "café ’s \"x\""], to: &out)
        #expect(out == "plain,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",\"café ’s \"\"x\"\"\"\r\n")
    }
}

