import Foundation
import NewsGraphCore
import NewsGraphFragment
import NewsGraphIngest
import NewsGraphResolution
import NewsGraphSerialization

/// `newsgraph merge`: reads fragment files (docs/fragments.md; `.gz` and `-`
/// too) in the order given, line by line, and applies cross-document identity
/// (`CrossDocumentResolver`) in that order, as `extract` does in input order.
/// Writes what `extract` writes into a directory: each document's graph
/// (`OUT/NAME.<format>`), the merged graph (`OUT/graph.<format>`) and
/// `OUT/run.json`; with a store, each document's graph goes there too.
///
/// Memory: one fragment at a time is decoded and dropped once merged; only the
/// merged graph is held. Fragments must come in document order (a distributed
/// run sorts them by sequence number first, see spark/); a document name seen
/// twice is reported and its second fragment skipped.
public struct FragmentMerge {
    public var outputDirectory: String
    public var formats: [OutputFormat]
    public var store: (any DocumentGraphSink)?
    /// Also write each document's own graph files, as `extract` does.
    public var writeDocuments: Bool

    public init(outputDirectory: String, formats: [OutputFormat], store: (any DocumentGraphSink)? = nil, writeDocuments: Bool = true) {
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.store = store
        self.writeDocuments = writeDocuments
    }

    public func run(_ files: [String]) -> BatchExtraction.Report {
        let started = Date()
        var report = BatchExtraction.Report()
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            report.failures.append(NewsGraphError(file: outputDirectory, message: "cannot create output directory: \(error)"))
            return report
        }
        var identity = CrossDocumentResolver()
        var seen: Set<String> = []
        for file in files {
            let reader: LineReader
            do { reader = LineReader(try InputBytes.open(path: file)) } catch {
                report.failures.append(error)
                report.inputCount += 1
                continue
            }
            while true {
                do {
                    guard let line = try reader.next() else { break }
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    report.inputCount += 1
                    let fragment = try report.timings.measure("decode") {
                        try FragmentReader.parse(line, file: file, line: reader.lineNumber)
                    }
                    guard seen.insert(fragment.document).inserted else {
                        throw NewsGraphError(
                            file: file, line: reader.lineNumber, message: "document \(fragment.document) appears twice; skipped")
                    }
                    if writeDocuments {
                        _ = try report.timings.measure("write") {
                            try GraphFileWriter.write(
                                graph: fragment.graph, name: fragment.document, formats: formats, directory: outputDirectory)
                        }
                    }
                    if let store {
                        do {
                            try store.storeDocument(graph: fragment.graph, document: fragment.document, contentHash: fragment.contentHash)
                        } catch {
                            throw NewsGraphError(file: file, line: reader.lineNumber, message: "cannot write to the store: \(error)")
                        }
                    }
                    report.timings.measure("merge") { identity.add(fragment.graph, to: &report.merged) }
                    report.extracted += 1
                    report.documents.append(fragment.document)
                } catch let e as NewsGraphError {
                    report.failures.append(e)
                    if e.line == nil { break }  // a read error: the rest of this file is lost
                } catch {
                    report.failures.append(NewsGraphError(file: file, line: reader.lineNumber, message: "\(error)"))
                }
            }
        }
        if !formats.isEmpty {
            do {
                _ = try report.timings.measure("write") {
                    try GraphFileWriter.write(graph: report.merged, name: "graph", formats: formats, directory: outputDirectory)
                }
            } catch {
                report.failures.append(NewsGraphError(file: outputDirectory + "/graph", message: "\(error)"))
            }
        }
        report.wallSeconds = Date().timeIntervalSince(started)
        do {
            try RunReportFile.write(report, formats: formats, to: (outputDirectory as NSString).appendingPathComponent("run.json"))
        } catch {
            report.failures.append(NewsGraphError(file: outputDirectory + "/run.json", message: "\(error)"))
        }
        return report
    }
}
