extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether these bytes are `word`'s, compared a byte at a time through
    /// pointers: a tag's or attribute's name is compared with a few words
    /// for every tag of a Word document's parts, and the generic
    /// `elementsEqual` took a hundred instructions and more a call
    /// (`concord-bench`, the `.docx` row).
    @inline(__always)
    func isWord(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard self.count == count, let base = baseAddress else { return count == 0 && self.count == 0 }
        let other = word.utf8Start
        var index = 0
        while index < count {
            if base[index] != other[index] { return false }
            index += 1
        }
        return true
    }
}
