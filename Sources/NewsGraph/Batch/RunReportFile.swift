import Foundation
import NewsGraphCore
import NewsGraphSerialization

/// `OUT/run.json`: what a run did. Everything but `timings` depends only on the
/// inputs and the outputs' prior state (`counts.extracted` and `counts.skipped`
/// tell how much an incremental run could reuse); written atomically.
///
/// ```json
/// {"counts": {"documents": 3, "extracted": 2, "skipped": 0, "failed": 1},
///  "failures": [{"file": "in.jsonl", "line": 2, "message": "…"}],
///  "formats": ["jsonld"],
///  "timings": {"wallSeconds": 1.2, "stageSeconds": {"layout": 0.3, …}}}
/// ```
public enum RunReportFile {
    public static func write(_ report: BatchExtraction.Report, formats: [OutputFormat], to path: String) throws {
        var out: [UInt8] = []
        func raw(_ s: String) { out += Array(s.utf8) }
        func str(_ s: String) { JSONText.appendQuoted(s, to: &out) }
        raw("{\n  \"counts\": {\"documents\": \(report.inputCount), \"extracted\": \(report.extracted), ")
        raw("\"skipped\": \(report.skipped), \"failed\": \(report.failures.count)},\n  \"failures\": [")
        for (i, f) in report.failures.enumerated() {
            raw(i == 0 ? "\n    {\"file\": " : ",\n    {\"file\": ")
            str(f.file)
            if let line = f.line { raw(", \"line\": \(line)") }
            if let column = f.column { raw(", \"column\": \(column)") }
            if let offset = f.byteOffset { raw(", \"byteOffset\": \(offset)") }
            raw(", \"message\": ")
            str(f.message)
            raw("}")
        }
        raw(report.failures.isEmpty ? "],\n" : "\n  ],\n")
        if let stopped = report.stopped { raw("  \"stopped\": \"\(stopped)\",\n") }
        raw("  \"formats\": [" + formats.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "],\n")
        raw("  \"timings\": {\"wallSeconds\": \(rounded(report.wallSeconds)), \"stageSeconds\": {")
        raw(
            StageTimings.stages.compactMap { s in report.timings.seconds[s].map { "\"\(s)\": \(rounded($0))" } }
                .joined(separator: ", "))
        raw("}}\n}\n")
        try AtomicFile.write(to: path) { (sink: ByteSink) in
            try out.withUnsafeBufferPointer { try sink.write(bytes: $0) }
        }
    }

    static func rounded(_ x: Double) -> String { String(format: "%.3f", x) }
}
