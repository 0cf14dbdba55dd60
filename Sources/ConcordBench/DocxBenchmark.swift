import ConcordKit
import FoundationEssentials

/// Reading and outlining a Word document against reading and outlining
/// its text: the pairs NAME.docx and NAME.txt in `--docx` (bench/docx,
/// made by its `make-bench-docx.py`), each read many times over. The
/// `.docx` path inflates the archive's parts, scans their XML and builds
/// the outline from paragraphs; the text path decodes lines and builds the
/// outline from them. Both rates are of the text's megabytes, so that
/// their ratio is the ratio of the times. Target: at most twice the text's time.
enum DocxBenchmark {
    static let targetRatio = 2.0

    enum Failure: Error, CustomStringConvertible {
        case noPairs(String)
        case unreadable(String)
        var description: String {
            switch self {
            case .noPairs(let folder): return "no NAME.docx with its NAME.txt in '\(folder)'"
            case .unreadable(let name): return "'\(name)' could not be read"
            }
        }
    }

    static func rows(_ context: BenchContext) throws -> [Row] {
        let folder = context.options.docx
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".docx") }.map { String($0.dropLast(5)) }.sorted()
        var pairs: [(name: String, docx: [UInt8], text: [UInt8])] = []
        for name in names {
            guard let docx = FileManager.default.contents(atPath: "\(folder)/\(name).docx"),
                  let text = FileManager.default.contents(atPath: "\(folder)/\(name).txt") else { continue }
            pairs.append((name, [UInt8](docx), [UInt8](text)))
        }
        guard !pairs.isEmpty else { throw Failure.noPairs(folder) }
        let repeats = context.options.quick ? 20 : 200
        let textBytes = pairs.reduce(0) { $0 + $1.text.count } * repeats
        let docxBytes = pairs.reduce(0) { $0 + $1.docx.count }
        context.log("docx: \(pairs.count) documents, \(Report.size(docxBytes)) of .docx, read \(repeats) times")
        let reader = DocxReader()
        var wordBlocks = 0, textBlocks = 0
        for pair in pairs {
            guard case .success = reader.read(pair.docx, name: pair.name) else { throw Failure.unreadable(pair.name + ".docx") }
        }
        let text = Measure.run(context.options.extractRuns) {
            textBlocks = 0
            for _ in 0..<repeats {
                for pair in pairs {
                    if case .success(let source) = SourceText.read(pair.text, name: pair.name) {
                        textBlocks += OutlineBuilder().build(source).blocks.count
                    }
                }
            }
        }
        let word = Measure.run(context.options.extractRuns) {
            wordBlocks = 0
            for _ in 0..<repeats {
                for pair in pairs {
                    if case .success(let document) = reader.read(pair.docx, name: pair.name) { wordBlocks += document.outline.blocks.count }
                }
            }
        }
        let megabytes = Double(textBytes) / 1e6
        let ratio = word.cpu.median / max(text.cpu.median, 1e-9)
        return [
            Row(group: "docx", name: "read + outline .txt",
                input: "\(Report.size(textBytes)) of text, \(textBlocks.grouped) blocks",
                unit: "MB/s", wall: text.wall.rate(megabytes), cpu: text.cpu.rate(megabytes)),
            Row(group: "docx", name: "read + outline .docx",
                input: "the same as \(Report.size(docxBytes * repeats)) of .docx, \(wordBlocks.grouped) blocks",
                unit: "MB/s", wall: word.wall.rate(megabytes), cpu: word.cpu.rate(megabytes)),
            Row(group: "docx", name: ".docx time / .txt time",
                input: "CPU medians of the two rows above", unit: "×", value: ratio,
                target: "≤ \(Int(targetRatio))×", verdict: ratio <= targetRatio ? "met" : "missed"),
        ]
    }
}
