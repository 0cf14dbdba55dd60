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
        let definingBlocks = DefinitionFinder.definingBlocks(in: outline, lexicon: lexicon, cues: cues)
        builder.scope.terms = DefinitionFinder.terms(in: definingBlocks, lexicon: lexicon)
        builder.scope.policyScope = DefinitionFinder.policyScope(in: outline, lexicon: lexicon, cues: cues)
        builder.scope.addressee = DefinitionFinder.addressee(in: definingBlocks, lexicon: lexicon)
        builder.scope.documentContext = DocumentParty.setting(in: outline, lexicon: lexicon)
        if let party = DocumentParty.find(in: outline, lexicon: lexicon) {
            builder.scope.scope = party
            builder.scope.documentParty = party
        }
        // The blocks are read in place: a copy of each would retain its
        // strings and arrays, twice over with the block after it.
        outline.blocks.withUnsafeBufferPointer { blocks in
            for index in blocks.indices {
                // A note between a lead-in and its list (a page footer, a
                // footnote) is passed over.
                var next = index + 1
                while next < blocks.count, blocks[next].kind == .note { next += 1 }
                builder.add(blocks[index], nextIsListItem: next < blocks.count && blocks[next].isListItem)
            }
        }
        return builder.finish()
    }
}
