import Testing
@testable import ConcordKit

/// A `TextOutputStream` that keeps each piece written to it.
struct PieceRecorder: TextOutputStream {
    var pieces: [String] = []

    mutating func write(_ string: String) { pieces.append(string) }
}

@Suite struct StringDrainTests {
    @Test func drainsOnlyAtTheThreshold() {
        var recorder = PieceRecorder()
        var piece = "abc"
        piece.drain(into: &recorder, atLeast: 4)
        #expect(recorder.pieces.isEmpty)
        #expect(piece == "abc")
        piece.append("d")
        piece.drain(into: &recorder, atLeast: 4)
        #expect(recorder.pieces == ["abcd"])
        #expect(piece.isEmpty)
    }

    @Test func drainsWhateverItHoldsWithNoThreshold() {
        var recorder = PieceRecorder()
        var piece = ""
        piece.drain(into: &recorder)
        #expect(recorder.pieces.isEmpty, "an empty piece is not written")
        piece = "é"
        piece.drain(into: &recorder)
        #expect(recorder.pieces == ["é"])
    }

    @Test func measuresBytesNotCharacters() {
        var recorder = PieceRecorder()
        var piece = "éé"  // four UTF-8 bytes, two characters
        piece.drain(into: &recorder, atLeast: 4)
        #expect(recorder.pieces == ["éé"])
    }
}
