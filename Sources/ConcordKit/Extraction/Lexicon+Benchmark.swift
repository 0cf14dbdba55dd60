extension Lexicon {
    /// Splits every block of `outline` into sentences and tokenizes each
    /// one for this lexicon's matchers, as `SentenceAnalysis.read` does,
    /// and does nothing else; returns the number of tokens.
    ///
    /// For the benchmark only: it is the least that any extraction built on
    /// this tokenizer does for each sentence, before a phrase is matched or
    /// a rule is run, so its time is a floor under the extraction's.
    @_spi(Benchmark)
    public func tokenCount(of outline: Outline) -> Int {
        var tokens: [Token] = []
        var count = 0
        for block in outline.blocks {
            var text = block.text
            text.withUTF8 { bytes in
                for range in SentenceSplitter.split(bytes) {
                    Tokenizer.tokenize(UnsafeBufferPointer(rebasing: bytes[range]), base: range.lowerBound, vocabulary: vocabulary, into: &tokens)
                    count += tokens.count
                }
            }
        }
        return count
    }
}
