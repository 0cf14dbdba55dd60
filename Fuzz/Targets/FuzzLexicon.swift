// Shared by the libFuzzer targets: the standard vocabulary, built once.

enum FuzzLexicon {
    static let reader = PolicyReader()
}
