@testable import ConcordKit

/// Builders for diff tests: documents made in code, so that pairing tests do
/// not depend on what the extractor makes of a text.
enum DiffTestSupport {
    static func rule(
        _ subject: [Role], _ modality: Modality, _ action: Action, audience: [Role] = [],
        age: AgeThreshold? = nil, context: [Context] = [], exceptions: [Exception] = []
    ) -> Rule {
        Rule(subject: subject, modality: modality, action: action, audience: audience, age: age, context: context, exceptions: exceptions)
    }

    /// A document of sections given as (id, heading, [(text, rule)]); clause
    /// ids are the section id and the ordinal, lines count up.
    static func document(
        _ name: String, title: String? = "Social Media Policy", school: String? = "Test School",
        history: [HistoryEntry] = [], _ sections: [(id: String, heading: String?, clauses: [(String, Rule)])]
    ) -> PolicyDocument {
        var line = 1
        let built = sections.map { section -> Section in
            let items = section.clauses.enumerated().map { index, clause -> Section.Item in
                line += 1
                return .clause(Clause(id: "\(section.id).\(index + 1)", text: clause.0, line: line, section: section.id, rule: clause.1))
            }
            line += 1
            return Section(id: section.id, heading: section.heading, line: line, items: items)
        }
        return PolicyDocument(name: name, title: title, school: school, history: history, sections: built)
    }

    static let befriendPupils = (
        "Staff must never add pupils as 'friends' into their personal accounts (including past pupils under the age of 16).",
        rule([.staff], .mustNot, .befriend, audience: [.pupils, .exPupils], age: AgeThreshold(comparator: .under, years: 16, appliesTo: .exPupils), context: [.personalAccount]))
    static let befriendParents = (
        "Staff are strongly advised not to add parents as 'friends' into their personal accounts.",
        rule([.staff], .shouldNot, .befriend, audience: [.parents], context: [.personalAccount]))
    static let privacy = (
        "Staff should review and adjust their privacy settings to give them the appropriate level of privacy.",
        rule([.staff], .should, .setPrivacy))
    static let lessons = (
        "Staff must not use social networking sites within lesson times (for personal use).",
        rule([.staff], .mustNot, .accessSocialMedia, context: [.lessonTime]))
    static let parentImages = (
        "Parents must not post pictures of pupils, other than their own children, on social networking sites where these photographs have been taken at a school event.",
        rule([.parents], .mustNot, .postImages, audience: [.pupils], context: [.schoolEvent]))
    static let complaints = (
        "Parents should make complaints through official school channels rather than posting them on social networking sites.",
        rule([.parents], .should, .complainOnline))
    static let report = (
        "Inappropriate use by staff should be referred to the Headteacher in the first instance.",
        rule([.everyone], .should, .report, audience: [.headteacher]))

    /// A small policy of two sections.
    static var base: PolicyDocument {
        document("v1", [
            ("A", "Use of social networking by staff", [befriendPupils, befriendParents, privacy, lessons, report]),
            ("B", "Comments posted by parents", [parentImages, complaints]),
        ])
    }
}
