import Testing
@testable import ConcordKit

@Suite struct PolicyPrinterTests {
    let printer = PolicyPrinter()
    let parser = PolicyParser(reader: nil)

    func roundTrip(_ document: PolicyDocument) -> (printed: String, file: PolicyFile) {
        let printed = printer.print(document)
        return (printed, parser.parse(printed, name: document.name))
    }

    @Test(arguments: PolicyCorpus.names)
    func corpusDocumentsRoundTrip(name: String) {
        let document = PolicyCorpus.document(name)
        #expect(!document.clauses.isEmpty)
        let (printed, file) = roundTrip(document)
        #expect(file.diagnostics.filter { $0.severity == .error } == [])
        #expect(file.document == document)
        #expect(printer.print(file.document) == printed, "printing is idempotent")
    }

    @Test func generatedPoliciesRoundTrip() {
        var generator = PolicyGenerator(seed: 20_261_121)
        var failures = 0
        var seen: Set<String> = []
        for number in 0..<1_000 {
            let document = generator.document(number)
            let (printed, file) = roundTrip(document)
            for (name, needle) in [("quote", "\\\""), ("backslash", "\\\\"), ("newline", "\\n"), ("control", "\\u{7}"), ("unicode", "日本語"),
                                   ("emoji", "😀"), ("placeholder", "{{school}}"), ("empty text", "\"\""), ("standalone age", " age "),
                                   ("provenance", "    from "), ("no version", "\n  -  "), ("note", "  note "), ("empty rule", "rule must")]
            where printed.contains(needle) { seen.insert(name) }
            let errors = file.diagnostics.filter { $0.severity == .error }
            if file.document != document || !errors.isEmpty || printer.print(file.document) != printed {
                failures += 1
                if failures <= 3 {
                    Issue.record("policy \(number) does not round-trip: \(errors)\n\(printed)")
                }
            }
        }
        #expect(failures == 0)
        #expect(seen.count == 13, "the generator makes every kind of awkward input: \(seen.sorted())")
    }

    @Test func writesTheSketchOfTheDesign() {
        let clause = Clause(
            id: "B.1", text: "Staff and Governors must never add pupils as 'friends' into their personal accounts (including past pupils under the age of 16).",
            line: 40, section: "B",
            rule: Rule(subject: [.staff, .governors], modality: .mustNot, action: .befriend, audience: [.pupils, .exPupils],
                       age: AgeThreshold(comparator: .under, years: 16, appliesTo: .exPupils), context: [.personalAccount]))
        let document = PolicyDocument(
            name: "k", title: "Social Media Acceptable Usage Policy", school: "Kingsthorpe Village Primary School",
            history: [HistoryEntry(version: "1.8", date: "2024-09", purpose: "Policy reviewed", lead: "Stephanie Tillman")],
            sections: [Section(id: "B", heading: "Use of social networking by staff and Governors", line: nil, items: [.clause(clause)])])
        #expect(printer.print(document) == """
            policy "Social Media Acceptable Usage Policy"
            school "Kingsthorpe Village Primary School"

            history
              1.8  2024-09  "Policy reviewed"  "Stephanie Tillman"

            section B "Use of social networking by staff and Governors"
              clause B.1 "Staff and Governors must never add pupils as 'friends' into their personal accounts (including past pupils under the age of 16)."  @40
                rule staff, governors must-not befriend pupils, ex-pupils under 16 on personal-account

            """)
    }

    @Test func writesAnAgeForARoleInNeitherListOnItsOwn() {
        var out = ""
        RulePrinter.write(Rule(subject: [.staff], modality: .must, action: .report, age: AgeThreshold(comparator: .over, years: 18, appliesTo: .pupils),
                               exceptions: [.withApproval]), to: &out)
        #expect(out == "rule staff must report age pupils over 18 unless with-approval")
        out = ""
        RulePrinter.write(Rule(subject: [.pupils], modality: .shouldNot, action: .accessSocialMedia, age: AgeThreshold(comparator: .under, years: 13, appliesTo: .pupils)), to: &out)
        #expect(out == "rule pupils under 13 should-not access-social-media")
    }

    @Test func quotesAwkwardText() {
        var out = ""
        PolicyQuoting.appendString("say \"hi\" \\ {{school}}\tcafé\n\u{7}", to: &out)
        #expect(out == #""say \"hi\" \\ {{school}}\tcafé\n\u{7}""#)
    }

    @Test func keepsComments() {
        let source = """
            # Drafted by the trust.
            policy "P"

            section A "One"  # the first
              # about this clause
              clause A.1 "Staff must report concerns."
                rule staff must report
            # the end

            """
        let file = parser.parse(source, name: "p")
        #expect(file.diagnostics == [])
        let printed = printer.print(file.document, comments: file.comments)
        #expect(printed == """
            # Drafted by the trust.
            policy "P"

            # the first
            section A "One"
              # about this clause
              clause A.1 "Staff must report concerns."
                rule staff must report

            # the end

            """)
        let again = parser.parse(printed, name: "p")
        #expect(printer.print(again.document, comments: again.comments) == printed)
    }
}
