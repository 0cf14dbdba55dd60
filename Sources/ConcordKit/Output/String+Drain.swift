extension String {
    /// How many bytes a writer gathers before it hands them to its output:
    /// enough that writing into a `String` costs next to nothing more, few
    /// enough that an output which writes as it goes holds no whole report.
    static let drainThreshold = 1 << 14

    /// Writes this text to `output` and empties it (keeping its storage),
    /// once it holds at least `threshold` bytes; with 0, whatever it holds.
    /// Writers fill a piece and drain it this way after each part, so that
    /// a report streamed to a file or a pipe is never held whole.
    mutating func drain<Output: TextOutputStream>(into output: inout Output, atLeast threshold: Int = 0) {
        guard !isEmpty, utf8.count >= threshold else { return }
        output.write(self)
        removeAll(keepingCapacity: true)
    }
}
