/// The names of a vocabulary enum (`must-not`, `ex-pupils`) as JSON strings
/// in UTF-8, looked up by declaration index: writing one copies bytes from
/// the table, where `rawValue` would make a `String` each time.
struct JSONNameTable<Name: CaseIterable & RawRepresentable<String>>: Sendable {
    private let names: [[UInt8]]
    /// The UTF-8 length of the longest name, quotes included.
    let longest: Int

    init() {
        names = Name.allCases.map { UTF8Cursor.jsonString($0.rawValue) }
        longest = names.map(\.count).max() ?? 0
    }

    /// Writes `"name"`.
    func write(_ name: Name, to cursor: inout UTF8Cursor) {
        names[declarationIndex(of: name)].withUnsafeBufferPointer { cursor.write($0) }
    }
}
