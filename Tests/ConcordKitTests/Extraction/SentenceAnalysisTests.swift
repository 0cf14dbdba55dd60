import Testing
@testable import ConcordKit

@Suite struct SentenceAnalysisTests {
    /// Every sentence of the seed policies read in turn into one analysis,
    /// its findings all asked for, finds what a new analysis of the
    /// sentence finds: nothing of the sentence before is left over.
    @Test func readingIntoOneAnalysisEqualsANewOne() throws {
        let lexicon = Lexicon.standard
        let reused = SentenceAnalysis(lexicon: lexicon)
        var sentences = 0
        for name in Repository.seedNames {
            let text = String(decoding: try Repository.corpusBytes(name), as: UTF8.self)
            for line in text.split(separator: "\n") {
                let line = String(line)
                var text = line
                text.withUTF8 { bytes in
                    for range in SentenceSplitter.split(bytes) {
                        let fresh = SentenceAnalysis(blockText: bytes, range: range, lexicon: lexicon)
                        reused.read(blockText: bytes, range: range)
                        #expect(Findings(reused) == Findings(fresh), "\(line)")
                        sentences += 1
                    }
                }
            }
        }
        #expect(sentences > 500)
    }

    /// What an analysis found, as plain values.
    private struct Findings: Equatable {
        var range: Range<Int>
        var tokens: [Token]
        var cues: [Cue]
        var contexts: [String]
        var roles: [String]
        var exceptions: [String]
        var actions: [String]

        init(_ sentence: SentenceAnalysis) {
            range = sentence.range
            tokens = sentence.tokens
            cues = sentence.cues
            contexts = sentence.contexts.map { "\($0.start)-\($0.end) \($0.payload)" }
            roles = sentence.roles.map { "\($0.start)-\($0.end) \($0.payload)" }
            exceptions = sentence.exceptionSpans.map { "\($0.range) \($0.exceptions)" }
            actions = sentence.tokens.indices.flatMap { index in
                sentence.actionPositions(at: index).map { position in
                    let match = sentence.actionMatches[position]
                    return "\(match.start)-\(match.end) \(match.payload.action) \(match.payload.negated)"
                }
            }
        }
    }
}
