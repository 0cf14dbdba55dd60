/// Writes what the extractor did not fully understand, one note a line:
/// `FILE:LINE: REASON: TEXT`, the text on one line.
public enum UnreadListWriter {
    public static func write(_ notes: [UnreadNote], path: String, to out: inout String) {
        for note in notes {
            out += path
            out += ":\(note.line): "
            out += note.reason.description
            out += ": "
            for character in note.text.unicodeScalars {
                out.unicodeScalars.append(character == "\n" || character == "\r" || character == "\t" ? " " : character)
            }
            out += "\n"
        }
    }
}
