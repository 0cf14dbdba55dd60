/// The "-ing" form of an English verb, by the spelling rules ("share" →
/// "sharing", "chat" → "chatting", "see" → "seeing", "lie" → "lying"), so
/// that a lexicon phrase led by a verb ("connect with") is also read where
/// policies use its gerund ("discouraged from connecting with parents",
/// "Sharing an image …"). Irregular verbs need no rule: only the spelling
/// of the suffix changes.
enum VerbForm {
    /// The present participle of a lowercase ASCII verb, or nil for a word
    /// this rule does not inflect (already "-ing" or "-ed", too short, not
    /// plain letters).
    static func presentParticiple(of verb: String) -> String? {
        let letters = Array(verb.utf8)
        guard letters.count >= 2, letters.allSatisfy({ $0 >= 97 && $0 <= 122 }),
              !verb.hasSuffix("ing"), !verb.hasSuffix("ed") else { return nil }
        if verb == "be" { return "being" }
        guard letters.count >= 3 else { return nil }
        let last = letters[letters.count - 1], before = letters[letters.count - 2]
        if verb.hasSuffix("ie") { return String(verb.dropLast(2)) + "ying" }
        if last == UInt8(ascii: "e"), !isVowel(before) || before == UInt8(ascii: "u") {
            // "share" → "sharing", "argue" → "arguing"; "see", "agree" keep it.
            return String(verb.dropLast()) + "ing"
        }
        // One vowel, then one consonant that doubles: "chat", "log", "set".
        let vowelGroups = zip(letters, letters.dropFirst()).filter { !isVowel($0) && isVowel($1) }.count + (isVowel(letters[0]) ? 1 : 0)
        if vowelGroups == 1, !isVowel(last), isVowel(before), !isVowel(letters[letters.count - 3]),
           last != UInt8(ascii: "w"), last != UInt8(ascii: "x"), last != UInt8(ascii: "y") {
            return verb + String(UnicodeScalar(last)) + "ing"
        }
        return verb + "ing"
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        letter == 97 || letter == 101 || letter == 105 || letter == 111 || letter == 117
    }
}
