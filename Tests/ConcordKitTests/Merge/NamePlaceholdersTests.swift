import Testing
@testable import ConcordKit

@Suite struct NamePlaceholdersTests {
    let names = NamePlaceholders(schools: ["Kingsthorpe Village Primary School", "Learn to Live Federation"], trust: "Vale Trust")

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
