import Foundation
import Testing
@testable import ConcordKit

/// Seeded random byte mutations of each corpus `.policy` file (a byte
/// changed, dropped, doubled or put in from the language's own alphabet,
/// and now and then the file cut off): each parses without a crash, every
/// diagnostic points inside the file, and what parses without errors
/// prints and parses back to itself. The suite tries 50 of each, to stay
/// fast in a debug build; `CONCORD_MUTATIONS=1000` tries
/// more and `CONCORD_MUTATION_SEED` others.
@Suite struct PolicyMutationTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["CONCORD_MUTATION_SEED"].flatMap { UInt64($0) } ?? 29
    static let rounds = ProcessInfo.processInfo.environment["CONCORD_MUTATIONS"].flatMap { Int($0) } ?? 50
    static let alphabet = Array("policy section clause rule text item history from \"\\,@#- 0123456789.\n\t\r{}é\u{0}\u{FF}".utf8)

    static func mutate(_ bytes: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
            let index = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: bytes[index] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.remove(at: index)
            case 2: bytes.insert(bytes[index], at: index)
            default: bytes.insert(alphabet.randomElement(using: &random)!, at: index)
            }
        }
        // Now and then the file is cut off.
        if Int.random(in: 0..<10, using: &random) == 0 { bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random))) }
        return bytes
    }

    @Test(arguments: PolicyCorpus.names)
    func mutatedPoliciesNeverCrash(_ name: String) {
        let original = PolicyCorpus.bytes(name, "policy")
        #expect(!original.isEmpty)
        let parser = PolicyParser()
        var random = SeededGenerator(seed: Self.seed &+ UInt64(name.utf8.count))
        for round in 0..<Self.rounds {
            let bytes = Self.mutate(original, using: &random)
            let file = parser.parse(bytes, name: name)
            let lines = bytes.split(separator: 10, omittingEmptySubsequences: false).count + 1
            for diagnostic in file.diagnostics {
                guard let location = diagnostic.location else { continue }
                #expect(location.line >= 1 && location.line <= lines && location.column >= 1,
                        "\(name), seed \(Self.seed), round \(round): \(diagnostic.message) at \(location.line):\(location.column)")
            }
            if !file.hasErrors {
                let printed = PolicyPrinter().print(file.document, comments: file.comments)
                #expect(parser.parse(printed, name: name).document == file.document, "\(name), seed \(Self.seed), round \(round)")
            }
        }
    }
}
