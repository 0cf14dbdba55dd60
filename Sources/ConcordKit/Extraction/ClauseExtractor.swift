/// Turns an outline into a policy: sections from headings, clauses from
/// sentences, every other piece of text kept as a passage.
///
/// Walking the blocks in order it keeps an `ExtractionScope`: the parties a
/// heading binds and the force it gives imperatives, the lead-in a list hangs
/// from, the role bullet ("· SLT") its items belong to, and the policy's
/// defined terms.
public struct ClauseExtractor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    public func extract(_ outline: Outline) -> PolicyDocument {
        var builder = DocumentBuilder(outline: outline, lexicon: lexicon)
        let cues = DefinitionFinder.cues(in: outline)
        builder.scope.terms = DefinitionFinder.terms(in: outline, lexicon: lexicon, cues: cues)
        builder.scope.policyScope = DefinitionFinder.policyScope(in: outline, lexicon: lexicon, cues: cues)
        builder.scope.addressee = DefinitionFinder.addressee(in: outline, lexicon: lexicon, cues: cues)
        if let party = DocumentParty.find(in: outline, lexicon: lexicon) {
            builder.scope.scope = party
            builder.scope.documentParty = party
        }
        // The blocks are read in place: a copy of each would retain its
        // strings and arrays, twice over with the block after it.
        outline.blocks.withUnsafeBufferPointer { blocks in
            for index in blocks.indices {
                builder.add(blocks[index], nextIsListItem: index + 1 < blocks.count && blocks[index + 1].isListItem)
            }
        }
        return builder.finish()
    }
}
