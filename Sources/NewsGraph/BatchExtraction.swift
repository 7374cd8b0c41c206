import Foundation
import NewsGraphCore
import NewsGraphIngest
import NewsGraphResolution
import NewsGraphSerialization
import NewsGraphStore

/// Receives each document's graph as the batch extracts it (a `GraphStore`, say).
public protocol DocumentGraphSink {
    /// Stores `graph`, the graph of `document`, replacing what an earlier call for `document` stored.
    func storeDocument(graph: Graph, document: String, contentHash: String) throws
}

extension GraphStore: DocumentGraphSink {
    public func storeDocument(graph: Graph, document: String, contentHash: String) throws {
        try write(graph: graph, document: document, contentHash: contentHash)
    }
}

/// Runs the pipeline over a batch of inputs: every document's graph to
/// `OUT/NAME.<format>`, the run's merged graph to `OUT/graph.<format>`, and a
/// report to `OUT/run.json`. A bad document is reported and skipped; the rest
/// of the batch goes on. With a `store`, each document's graph is also written
/// there, under the document's name, with `ContentHash` (FNV-1a 64) of its
/// normalized text.
///
/// Documents are read in input order (`DocumentStream`: files, directories,
/// JSONL lines, stdin), processed on `options.jobs` threads with a bounded
/// window in flight (`OrderedWorkQueue`), and consumed in input order: the
/// merge (`CrossDocumentResolver`), the store and the journal see them in the
/// same order whatever the number of jobs, so every output is byte-identical.
///
/// Incremental: `OUT/.newsgraph/journal.jsonl` (`RunJournal`) records each
/// finished document; a document unchanged since (same name, input hash and
/// configuration) is not extracted again: its graph is read back from
/// `OUT/NAME.jsonld`. So a run killed at any point, finished by running it
/// again (`--resume`), gives the files an uninterrupted run gives.
///
/// Fragment mode (`options.fragments`): one JSON line per document
/// (docs/fragments.md) to a file or stdout, in input order, and nothing else.
public struct BatchExtraction {
    public var pipeline: Pipeline
    public var outputDirectory: String
    public var formats: [OutputFormat]
    public var store: (any DocumentGraphSink)?
    public var options: BatchOptions

    public init(
        pipeline: Pipeline, outputDirectory: String, formats: [OutputFormat], store: (any DocumentGraphSink)? = nil,
        options: BatchOptions = BatchOptions()
    ) {
        self.pipeline = pipeline
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.store = store
        self.options = options
    }

    public struct Report: Sendable {
        /// Documents extracted or skipped, in input order.
        public var documents: [String] = []
        public var failures: [NewsGraphError] = []
        public var merged = Graph()
        /// Inputs seen: documents and inputs that failed.
        public var inputCount = 0
        public var extracted = 0
        public var skipped = 0
        public var timings = StageTimings()
        public var wallSeconds = 0.0
        /// Set when the batch stopped before its inputs ran out (`BatchOptions.stop`); `--resume` finishes it.
        public var stopped: StopReason?
    }

    /// The hash of everything besides a document's bytes that shapes its outputs.
    public var configurationHash: String {
        let parts = [
            "rules=" + options.rulesVersion, "formats=" + formats.map(\.rawValue).joined(separator: ","),
            "encoding=" + options.encoding.rawValue, "textField=" + options.textField,
            "fragments=" + (options.fragments == nil ? "no" : "yes"),
        ]
        return ContentHash.of(parts.joined(separator: "\n"))
    }

    public func run(_ inputs: [String]) -> Report {
        let started = Date()
        var report = Report()
        let (items, errors) = InputCollector.collect(
            inputs, filter: InputCollector.Filter(include: options.include, exclude: options.exclude),
            stdinKind: options.stdinKind)
        report.failures += errors
        report.inputCount += errors.count

        var fragmentOutput: FragmentOutput?
        var journal: RunJournal?
        let output: DocumentProcessor.Output
        if let fragments = options.fragments {
            do { fragmentOutput = try FragmentOutput(path: fragments) } catch {
                report.failures.append(error)
                return report
            }
            output = .fragments
        } else {
            do {
                try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
                BatchExtraction.removeStaleTemporaryFiles(in: outputDirectory)
                journal = try RunJournal(outputDirectory: outputDirectory)
            } catch {
                report.failures.append(NewsGraphError(file: outputDirectory, message: "cannot create output directory: \(error)"))
                return report
            }
            output = .directory(outputDirectory, formats)
        }

        let config = configurationHash
        let processor = DocumentProcessor(
            pipeline: pipeline, output: output, encoding: options.encoding, configHash: config, graphMLFlavor: options.graphMLFlavor)
        let canSkip = options.skipUnchanged && journal != nil && formats.contains(.jsonld)
        let stream = DocumentStream(items: items, textField: options.textField)
        let progress = options.progress ? ProgressBar(totalBytes: BatchExtraction.totalSize(items)) : nil
        progress?.start()

        var identity = CrossDocumentResolver()
        var consumedBytes = 0
        let queue = OrderedWorkQueue<DocumentProcessor.Job, DocumentOutcome>(workers: options.jobs) { processor.process($0) }
        queue.run(
            produce: {
                guard options.stop.reason == nil, let item = stream.next() else { return nil }
                var job = DocumentProcessor.Job(item: item, skip: nil)
                if canSkip, case .document(let d) = item,
                    let entry = journal?.unchanged(name: d.name, input: d.inputHash, config: config),
                    FileManager.default.fileExists(atPath: (outputDirectory as NSString).appendingPathComponent(d.name + ".jsonld"))
                {
                    job.skip = entry
                }
                return job
            },
            consume: { outcome in
                report.inputCount += 1
                report.timings.add(outcome.timings)
                do {
                    switch outcome.result {
                    case .failed(let error):
                        throw error
                    case .writeFailed(let error):
                        options.stop.request(.outputFailed)
                        throw error
                    case .extracted(let graph), .skipped(let graph as Graph?):
                        if let graph {
                            report.timings.measure("merge") { identity.add(graph, to: &report.merged) }
                            if let store, let entry = outcome.entry {
                                do {
                                    try store.storeDocument(graph: graph, document: outcome.name, contentHash: entry.text)
                                } catch {
                                    throw NewsGraphError(file: outcome.name, message: "cannot write to the store: \(error)")
                                }
                            }
                        }
                        if let line = outcome.fragment, let out = fragmentOutput {
                            // After a failed write the stream has a hole: write nothing more.
                            guard options.stop.reason != .outputFailed else { return }
                            do { try out.write(line) } catch {
                                options.stop.request(.outputFailed)
                                throw error
                            }
                        }
                        if case .skipped = outcome.result {
                            report.skipped += 1
                        } else {
                            report.extracted += 1
                            if let entry = outcome.entry, let journal {
                                do { try journal.append(entry) } catch {
                                    options.stop.request(.outputFailed)
                                    throw error
                                }
                            }
                        }
                        report.documents.append(outcome.name)
                    }
                } catch let e as NewsGraphError {
                    report.failures.append(e)
                } catch {
                    report.failures.append(NewsGraphError(file: outcome.name, message: "\(error)"))
                }
                consumedBytes += outcome.size
                progress?.update(
                    documents: report.inputCount, failures: report.failures.count, bytes: consumedBytes,
                    inputPosition: stream.bytesConsumed)
            })
        progress?.stop()
        journal?.finish()
        report.stopped = options.stop.reason
        if let fragmentOutput {
            if report.stopped != .outputFailed {
                do { try fragmentOutput.finish(complete: report.stopped == nil) } catch { report.failures.append(error) }
            }
            report.wallSeconds = Date().timeIntervalSince(started)
            return report
        }
        // A stopped run's merged graph would be partial: the earlier run's stays until --resume.
        if report.stopped == nil {
            do {
                _ = try report.timings.measure("write") {
                    try GraphFileWriter.write(
                        graph: report.merged, name: "graph", formats: formats, directory: outputDirectory,
                        graphMLFlavor: options.graphMLFlavor)
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

    /// The inputs' size in bytes, when known (not for stdin): for the progress bar's ETA.
    static func totalSize(_ items: [InputItem]) -> Int? {
        var total = 0
        for item in items {
            guard item.path != "-",
                let size = (try? FileManager.default.attributesOfItem(atPath: item.path))?[.size] as? NSNumber
            else { return nil }
            total += size.intValue
        }
        return total
    }

    /// Removes `.NAME.EXT.PID.tmp` files a killed run left behind (`AtomicFile`).
    static func removeStaleTemporaryFiles(in directory: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for e in entries where e.hasPrefix(".") && e.hasSuffix(".tmp") {
            let parts = e.split(separator: ".")
            if parts.count >= 3, Int(parts[parts.count - 2]) != nil {
                try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(e))
            }
        }
    }
}
