import Testing
@testable import ConcordKit

/// `declarationIndex` reads an enum's tag byte; these hold that the byte is
/// the case's place in `allCases` for every enum that sorts by it.
@Suite struct DeclarationIndexTests {
    private func holds<Value: CaseIterable & Equatable>(_ type: Value.Type) -> Bool {
        MemoryLayout<Value>.size == 1
            && Value.allCases.enumerated().allSatisfy { offset, value in declarationIndex(of: value) == offset }
    }

    @Test func everyIdSortsInDeclarationOrder() {
        #expect(holds(Role.self))
        #expect(holds(Action.self))
        #expect(holds(Context.self))
        #expect(holds(Exception.self))
        #expect(Role.allCases.sorted() == Role.allCases)
        #expect(Action.allCases.reversed().sorted() == Action.allCases)
        #expect([Context.afterLeaving, .allCases[0]].canonical == [Context.allCases[0], .afterLeaving])
    }

    /// `ClauseRecordWriter` looks names up by declaration index too.
    @Test func everyNameTheRecordWriterLooksUpIsIndexed() {
        #expect(holds(Modality.self))
        #expect(holds(AgeThreshold.Comparator.self))
    }

    @Test func rawValuesDoNotChangeTheIndex() {
        enum Backwards: Int, CaseIterable { case two = 2, one = 1, zero = 0 }
        #expect(declarationIndex(of: Backwards.zero) == 2)
        #expect(holds(Backwards.self))
    }
}
