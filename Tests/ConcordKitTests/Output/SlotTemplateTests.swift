import Testing
@testable import ConcordKit

@Suite struct SlotTemplateTests {
    @Test func fillsEverySlot() {
        #expect("posting images of {}".filling(slot: "pupils") == "posting images of pupils")
        #expect("{} and {}".filling(slot: "staff") == "staff and staff")
        #expect("no slot here".filling(slot: "x") == "no slot here")
        #expect("{ } {{}} {".filling(slot: "x") == "{ } {x} {")
        #expect("café {} ’s".filling(slot: "élèves") == "café élèves ’s")
        #expect("".filling(slot: "x") == "")
    }
}
