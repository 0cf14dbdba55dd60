import Testing
@testable import ConcordKit

/// Lists of ids are kept sorted without repeats; a list already in that
/// form is returned as it is, any other is sorted and cut down.
@Suite struct CanonicalListTests {
    @Test func canonicalIsTheSortedSetOfTheList() {
        var generator = SeededGenerator(seed: 5)
        let roles = Role.allCases
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let list = (0..<count).map { _ in roles[Int.random(in: 0..<min(roles.count, 8), using: &generator)] }
            #expect(list.canonical == Array(Set(list)).sorted(), "\(list)")
        }
        #expect([Role.staff, .staff].canonical == [.staff])
        #expect([Role.governors, .staff].canonical == [.staff, .governors])
        #expect([3, 1, 2, 3].canonical == [1, 2, 3])
        #expect([1, 2, 2].canonical == [1, 2])
    }

    /// A defined term in a subject is replaced by what it means; a subject
    /// with none comes back canonical.
    @Test func subjectsExpandOnlyTheirDefinedTerms() {
        #expect(ExtractionScope.expand([.governors, .staff], definitions: []) == [.staff, .governors])
        let definitions = [Definition(term: .staff, meaning: [.staff, .volunteers, .contractors])]
        #expect(ExtractionScope.expand([.governors], definitions: definitions) == [.governors])
        #expect(ExtractionScope.expand([.staff, .governors], definitions: definitions) == [.staff, .governors, .volunteers, .contractors].canonical)
        #expect(ExtractionScope.expand([], definitions: definitions) == [])
    }
}
