/// The `ExtractionScope` of a document being built, held by reference: the
/// `DocumentBuilder` changes it block by block, and the extractor of each
/// sentence reads it in place instead of copying it (a copy retains each
/// of its arrays, and freeing it releases them again).
///
/// Only the builder and the extractors it makes touch it, one at a time
/// and never while it changes, so its reads skip the runtime's
/// exclusivity checks.
final class ExtractionScopeBox {
    @exclusivity(unchecked) var value = ExtractionScope()
}
