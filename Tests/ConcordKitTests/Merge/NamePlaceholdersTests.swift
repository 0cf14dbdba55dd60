import Testing
@testable import ConcordKit

@Suite struct NamePlaceholdersTests {
    let names = NamePlaceholders(schools: ["Kingsthorpe Village Primary School", "Learn to Live Federation"], trusts: ["Vale Trust"])

    @Test(arguments: [
        ("Kingsthorpe Village Primary School has a firm commitment.", "{{school}} has a firm commitment."),
        ("Everyone at Kingsthorpe Village must", "Everyone at {{school}} must"),
        ("pupils at Kingsthorpe.", "pupils at {{school}}."),
        ("the Learn to Live Federation and the Vale Trust", "the {{school}} and the {{trust}}"),
        ("Kingsthorpeshire is elsewhere", "Kingsthorpeshire is elsewhere"),
        ("no names here", "no names here"),
    ])
    func replacesNames(text: String, expected: String) {
        #expect(names.apply(text) == expected)
    }

    @Test func dropsWordsOfKindOnlyWhileANameIsLeft() {
        #expect(NamePlaceholders.forms(of: "Ashton Vale Primary School") == ["Ashton Vale Primary School", "Ashton Vale Primary", "Ashton Vale"])
        #expect(NamePlaceholders.forms(of: "St Primary School") == ["St Primary School"])
    }
}

@Suite struct LocalNamesTests {
    @Test(arguments: [
        ("Headteacher: Mrs Jane Reed", ["Mrs Jane Reed"]),
        ("Signed by Mr T. Okafor, Headteacher, on behalf of the governors", ["Mr T. Okafor"]),
        ("Dr Ann Lee (Head Teacher) reviews it.", ["Dr Ann Lee"]),
        ("Report it to the Headteacher: they will act.", []),
        ("Signed: ______ Headteacher", []),
    ])
    func findsTheHeadteachersName(text: String, expected: [String]) {
        #expect(HeadteacherName.find(in: text) == expected)
    }

    @Test(arguments: [
        ("A member of the Wyvern Oak Learning Trust", ["Wyvern Oak Learning Trust"]),
        ("Wrenhollow is part of the Wyvern Oak Learning Trust.", ["Wyvern Oak Learning Trust"]),
        ("the trust's model policy; The Trust will review it", []),
    ])
    func findsTheTrustsName(text: String, expected: [String]) {
        #expect(TrustName.find(in: text) == expected)
    }

    @Test func makesTheHeadteacherAndLocalWordsPlaceholders() {
        let names = NamePlaceholders(
            schools: ["Oak Primary School"], headteachers: ["Mrs Jane Reed"],
            locals: [LocalWord("Warwickshire")!, LocalWord("town=Rugby")!])
        #expect(names.apply("Mrs Jane Reed, a teacher in Warwickshire, works at Oak in Rugby.")
            == "{{headteacher}}, a teacher in {{local-warwickshire}}, works at {{school}} in {{local-town}}.")
    }

    @Test func readsALocalWord() {
        #expect(LocalWord("Warwickshire County Council")?.name == "local-warwickshire-county-council")
        #expect(LocalWord("council= Warwickshire County Council")?.word == "Warwickshire County Council")
        #expect(LocalWord("council=") == nil)
        #expect(Placeholder.isLocal("local-town"))
        #expect(!Placeholder.isLocal("local-"))
    }
}
