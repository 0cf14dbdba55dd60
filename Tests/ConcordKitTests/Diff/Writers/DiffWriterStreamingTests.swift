import Testing
@testable import ConcordKit

/// Every diff writer hands its report to a stream in pieces of at least
/// `String.drainThreshold` bytes (the last may be shorter), and the pieces
/// make the same text as writing into one `String`.
@Suite struct DiffWriterStreamingTests {
    static func pieces(_ write: (inout PieceRecorder) -> Void, _ whole: (inout String) -> Void) -> (pieces: [String], whole: String) {
        var recorder = PieceRecorder()
        write(&recorder)
        var text = ""
        whole(&text)
        return (recorder.pieces, text)
    }

    static func expectStreamed(_ pieces: [String], _ whole: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(pieces.joined() == whole, sourceLocation: sourceLocation)
        let sizes = pieces.map(\.utf8.count)
        #expect(!sizes.contains(0), sourceLocation: sourceLocation)
        let shortBeforeTheLast = sizes.dropLast().filter { $0 < String.drainThreshold }
        #expect(shortBeforeTheLast.isEmpty, sourceLocation: sourceLocation)
        // A piece is drained as soon as it passes the threshold: it is
        // longer only by the part that passed it, never the whole report.
        #expect((sizes.max() ?? 0) < 2 * String.drainThreshold, sourceLocation: sourceLocation)
        if whole.utf8.count >= 2 * String.drainThreshold {
            #expect(pieces.count > 1, sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: DiffFixtures.pairs)
    func everyWriterStreams(_ pair: String) throws {
        let diff = try DiffFixtures.diff(pair)
        var streamed = Self.pieces({ DiffTextWriter().write(diff, to: &$0) }, { DiffTextWriter().write(diff, to: &$0) })
        Self.expectStreamed(streamed.pieces, streamed.whole)
        streamed = Self.pieces({ DiffMarkdownWriter().write(diff, to: &$0) }, { DiffMarkdownWriter().write(diff, to: &$0) })
        Self.expectStreamed(streamed.pieces, streamed.whole)
        streamed = Self.pieces({ DiffHTMLWriter().write(diff, to: &$0) }, { DiffHTMLWriter().write(diff, to: &$0) })
        Self.expectStreamed(streamed.pieces, streamed.whole)
        streamed = Self.pieces({ DiffJSONWriter().write(diff, to: &$0) }, { DiffJSONWriter().write(diff, to: &$0) })
        Self.expectStreamed(streamed.pieces, streamed.whole)
    }

    /// The largest fixture report, ashton-vale's JSON (70 kB), is written
    /// in several pieces.
    @Test func aLongReportIsWrittenInSeveralPieces() throws {
        let diff = try DiffFixtures.diff("ashton-vale")
        var recorder = PieceRecorder()
        DiffJSONWriter().write(diff, to: &recorder)
        #expect(recorder.pieces.count >= 3)
    }
}
