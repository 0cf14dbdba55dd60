/// The index of an enum case in its declaration, which is the order ids
/// are sorted in. A Swift enum without payloads stores exactly that index
/// as its tag, in one byte when it has at most 256 cases, so reading the
/// byte costs nothing where a table lookup would hash the case's raw value.
/// `DeclarationIndexTests` holds the assumption for every vocabulary enum.
@inline(__always)
func declarationIndex<Value: CaseIterable>(of value: Value) -> Int {
    withUnsafeBytes(of: value) { Int($0[0]) }
}
