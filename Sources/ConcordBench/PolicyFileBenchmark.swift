import ConcordKit

/// The `.policy` language: printing extracted policies (`PolicyPrinter`)
/// and importing the printed files back (`PolicyParser`), in MB/s of
/// `.policy` text.
enum PolicyFileBenchmark {
    static func rows(_ context: BenchContext) -> [Row] {
        let goal = Int(context.options.policyMegabytes * 1e6)
        var documents: [PolicyDocument] = []
        var printed: [(name: String, bytes: [UInt8])] = []
        var total = 0
        while total < goal {
            let name = "school-\(documents.count)"
            let document = context.extract(context.generator.policy(1_000_000 + documents.count).text(in: context.pool), name: name)
            let bytes = Array(PolicyPrinter().print(document).utf8)
            documents.append(document)
            printed.append((name, bytes))
            total += bytes.count
        }
        let clauses = documents.reduce(0) { $0 + $1.clauses.count }
        let input = "\(Report.size(total)) of .policy, \(documents.count.grouped) docs, \(clauses.grouped) clauses"
        context.log("policy: \(input)")
        let printer = PolicyPrinter()
        let printing = Measure.run(context.options.runs) {
            for document in documents { _ = printer.print(document) }
        }
        let parser = PolicyParser()
        var errors = 0
        let parsing = Measure.run(context.options.runs) {
            errors = 0
            for file in printed { errors += parser.parse(file.bytes, name: file.name).diagnostics.filter { $0.severity == .error }.count }
        }
        let megabytes = Double(total) / 1e6
        return [
            Row(group: "policy", name: "import (parse .policy)", input: input, unit: "MB/s",
                wall: parsing.wall.rate(megabytes), cpu: parsing.cpu.rate(megabytes),
                note: errors == 0 ? nil : "\(errors) parse errors in printed files"),
            Row(group: "policy", name: "print .policy", input: input, unit: "MB/s",
                wall: printing.wall.rate(megabytes), cpu: printing.cpu.rate(megabytes)),
        ]
    }
}
