/// Whether prose states a modality in words of its own ("must", "should
/// not", "may"), rather than taking it from a lead-in or heading.
enum ModalWords {
    private static let words: Set<String> = [
        "must", "shall", "should", "may", "can", "cannot", "will", "need", "required", "expected",
        "never", "not", "permitted", "allowed", "forbidden", "prohibited", "advised", "encouraged",
        "recommended", "discouraged", "ought", "unacceptable", "inappropriate",
    ]

    static func states(_ modality: Modality, in text: String) -> Bool {
        var word: [UInt8] = []
        for byte in text.utf8 {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if lower >= 97 && lower <= 122 {
                word.append(lower)
                continue
            }
            if !word.isEmpty, words.contains(String(decoding: word, as: UTF8.self)) { return true }
            word.removeAll(keepingCapacity: true)
        }
        return !word.isEmpty && words.contains(String(decoding: word, as: UTF8.self))
    }
}
