import Testing
@testable import ConcordKit

/// Conflicts between schools' own sentences, read by the extractor: a
/// conflict is found where one school forbids what another requires or
/// permits in the same cases, and only there.
@Suite struct ConflictTests {
    func policy(_ name: String, _ text: String) -> PolicyDocument {
        PolicyReader().read(SourceText(name: name, text: "Staff Social Media Policy\n\n" + text + "\n")).document
    }

    /// The topics on which the two schools conflict.
    func conflicts(_ first: String, _ second: String) -> [String] {
        ComparisonMatrix(comparing: [policy("a", first), policy("b", second)]).rows.filter { !$0.conflicting.isEmpty }.map(\.key.id)
    }

    @Test(arguments: [
        ("Staff may use their personal phones to photograph pupils.", "Staff must not use personal phones to photograph pupils."),
        ("Staff must accept friend requests from parents.", "Staff must not accept friend requests from parents."),
        ("Staff may contact pupils through their personal social media accounts.",
         "Staff must not communicate with pupils through their personal social media accounts."),
        ("Staff are allowed to use social media during lessons.", "Staff must not use social media during lessons."),
        ("Staff should add pupils as friends.", "Staff are not permitted to befriend pupils online."),
    ])
    func aPlainOppositeIsAConflict(_ first: String, _ second: String) {
        #expect(conflicts(first, second).count == 1, "\(first) / \(second)")
    }

    @Test(arguments: [
        // Settings no case shares.
        ("Staff may post photographs of pupils on the school's official accounts.",
         "Staff must not post photographs of pupils on their personal social media accounts."),
        ("Staff may use their phones outside school.", "Staff must not use their phones in school."),
        // A general position beside one limited to some settings.
        ("Staff are encouraged to use social media.", "Staff must not use social media during lessons."),
        // A position qualified by a case no setting names.
        ("Staff who run a school club may contact pupils through social media.", "Staff must not contact pupils through social media."),
        ("Parents may photograph their own child at school events.", "Parents must not photograph pupils at school events."),
        // A permission beside a prohibition with its exception.
        ("Staff may use their phones in school.", "Staff must not use their phones in school unless the headteacher agrees."),
        // Polarity traps: the prose's "don't" against the other's "do".
        ("Staff must comply with the code of conduct.", "Staff must not post anything that would put them in breach of the code of conduct."),
        ("Staff must use school cameras, not personal phones, to photograph pupils.", "Staff must not use personal phones to photograph pupils."),
    ])
    func noConflictWhereTheyCannotMeet(_ first: String, _ second: String) {
        #expect(conflicts(first, second).isEmpty, "\(first) / \(second)")
    }
}
