import Foundation
import NewsGraphGraphML
import NewsGraphCore
import NewsGraphFragment
import NewsGraphIngest
import NewsGraphJSONLD
import NewsGraphSerialization
import NewsGraphStore

/// The work done for one document on a worker thread: decode, the pipeline's
/// stages (timed one by one), then either the per-document files
/// (`OUT/NAME.<format>`, each atomic) or a fragment line; or, for a document the
/// journal says is unchanged, its graph read back from `OUT/NAME.jsonld`.
public struct DocumentProcessor: Sendable {
    public enum Output: Sendable {
        case directory(String, [OutputFormat])
        case fragments
    }

    public var pipeline: Pipeline
    public var output: Output
    public var encoding: TextEncoding
    public var configHash: String
    public var graphMLFlavor: GraphMLFlavor

    public init(
        pipeline: Pipeline, output: Output, encoding: TextEncoding, configHash: String, graphMLFlavor: GraphMLFlavor = .plain
    ) {
        self.graphMLFlavor = graphMLFlavor
        self.pipeline = pipeline
        self.output = output
        self.encoding = encoding
        self.configHash = configHash
    }

    /// A planned item: what the stream gave, and whether the journal lets it be skipped.
    public struct Job: Sendable {
        public var item: SourceItem
        public var skip: RunJournal.Entry?
    }

    /// Write errors of the device rather than of one file: no space, a file-size limit, I/O.
    static let deviceErrors: Set<Int32> = [ENOSPC, EFBIG, EDQUOT, EIO, EROFS]

    public func process(_ job: Job) -> DocumentOutcome {
        var timings = StageTimings()
        guard case .document(let source) = job.item else {
            guard case .failure(let seq, let error) = job.item else { fatalError() }
            return DocumentOutcome(seq: seq, name: "", result: .failed(error), size: 0, timings: timings)
        }
        func failed(_ error: NewsGraphError) -> DocumentOutcome {
            DocumentOutcome(seq: source.seq, name: source.name, result: .failed(error), size: source.size, timings: timings)
        }
        if let entry = job.skip, case .directory(let dir, _) = output {
            let path = (dir as NSString).appendingPathComponent(source.name + ".jsonld")
            do {
                let graph = try timings.measure("readBack") { try JSONLDReader.read(path: path) }
                return DocumentOutcome(
                    seq: source.seq, name: source.name, result: .skipped(graph), entry: entry, size: source.size,
                    timings: timings)
            } catch {
                // Unreadable: extract it again below.
            }
        }
        do {
            let document = try timings.measure("decode") { () throws(NewsGraphError) -> Document in try source.load(encoding: encoding) }
            let page = timings.measure("layout") { pipeline.layout.layout(document) }
            let extraction = timings.measure("extraction") { pipeline.extractor.extract(page) }
            let names = timings.measure("resolution") { pipeline.resolver.resolve(extraction, page: page) }
            let graph = timings.measure("assembly") { pipeline.assembler.assemble(page, extraction, names) }
            let textHash = ContentHash.of(scalars: document.text.scalars)
            let entry = RunJournal.Entry(name: source.name, input: source.inputHash, config: configHash, text: textHash)
            switch output {
            case .directory(let dir, let formats):
                do {
                    _ = try timings.measure("write") {
                        try GraphFileWriter.write(graph: graph, name: source.name, formats: formats, directory: dir, graphMLFlavor: graphMLFlavor)
                    }
                } catch let e as NewsGraphError where e.code.map(Self.deviceErrors.contains) == true {
                    // The next document's files would fail the same way: the batch stops.
                    return DocumentOutcome(seq: source.seq, name: source.name, result: .writeFailed(e), size: source.size, timings: timings)
                }
                return DocumentOutcome(
                    seq: source.seq, name: source.name, result: .extracted(graph), entry: entry, size: source.size,
                    timings: timings)
            case .fragments:
                let line = timings.measure("write") {
                    FragmentWriter.line(
                        GraphFragment(
                            seq: source.seq, document: source.name, origin: source.origin, contentHash: textHash,
                            metadata: document.metadata, graph: graph))
                }
                return DocumentOutcome(
                    seq: source.seq, name: source.name, result: .extracted(nil), entry: entry, fragment: line,
                    size: source.size, timings: timings)
            }
        } catch let e as NewsGraphError {
            return failed(e)
        } catch {
            return failed(NewsGraphError(file: source.origin, message: "\(error)"))
        }
    }
}
