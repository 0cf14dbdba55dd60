import Testing
@testable import ConcordKit

@Suite struct VerbFormTests {
    @Test(arguments: [
        ("connect", "connecting"), ("share", "sharing"), ("chat", "chatting"), ("log", "logging"), ("set", "setting"),
        ("see", "seeing"), ("agree", "agreeing"), ("lie", "lying"), ("be", "being"), ("post", "posting"),
        ("meet", "meeting"), ("edit", "editing"), ("visit", "visiting"), ("text", "texting"), ("follow", "following"),
        ("argue", "arguing"), ("use", "using"), ("access", "accessing"),
    ])
    func spellsThePresentParticiple(_ verb: String, _ expected: String) {
        #expect(VerbForm.presentParticiple(of: verb) == expected)
    }

    @Test(arguments: ["posting", "posted", "a", "ex-pupil", "School"])
    func leavesOtherWordsAlone(_ word: String) {
        #expect(VerbForm.presentParticiple(of: word) == nil)
    }

    @Test func aPhraseLedByAVerbIsReadInItsGerundToo() {
        let found = clauses("Our rules\n\nStaff are discouraged from connecting with parents on social media.")
        #expect(found.map { summary($0.rule) } == ["staff should-not befriend to:parents"])
    }
}
