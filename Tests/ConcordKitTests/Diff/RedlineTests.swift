import Testing
@testable import ConcordKit

@Suite struct RedlineTests {
    @Test func groupsDeletionsBeforeInsertions() {
        let redline = Redline.between(
            "Staff are strongly advised not to add parents",
            "Staff must not add parents")
        #expect(redline.segments == [
            .init(.equal, "Staff"), .init(.delete, "are strongly advised"), .init(.insert, "must"),
            .init(.equal, "not"), .init(.delete, "to"), .init(.equal, "add parents"),
        ])
    }

    @Test func equalTextsGiveOneEqualSegmentAndWrappingDoesNotCount() {
        let redline = Redline.between("Staff must\n not  post", "Staff must not post")
        #expect(redline.segments == [.init(.equal, "Staff must not post")])
    }

    @Test func rebuildsBothTexts() {
        let old = "Parents should not post malicious or fictitious comments about any member."
        let new = "Parents must not post malicious, fictitious or offensive comments about anyone."
        let segments = Redline.between(old, new).segments
        #expect(segments.filter { $0.operation != .insert }.map(\.text).joined(separator: " ") == old)
        #expect(segments.filter { $0.operation != .delete }.map(\.text).joined(separator: " ") == new)
    }
}
