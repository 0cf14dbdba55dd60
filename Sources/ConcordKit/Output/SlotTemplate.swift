extension String {
    /// This template with each `{}` replaced by `value` ("posting images of
    /// {}" → "posting images of pupils"), found by comparing bytes: the
    /// standard library's `replacing` compares characters and builds a new
    /// searcher on every call.
    func filling(slot value: String) -> String {
        var template = self
        return template.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "}") {
                    out += value.utf8
                    index += 2
                } else {
                    out.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
