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
/// `OUT/NAME.<format>`, and the run's merged graph to `OUT/graph.<format>`.
/// A bad document is reported and skipped; the rest of the batch goes on.
/// With a `store`, each document's graph is also written there, under the
/// document's name, with `ContentHash` (FNV-1a 64) of its normalized text.
public struct BatchExtraction {
    public var pipeline: Pipeline
    public var outputDirectory: String
    public var formats: [OutputFormat]
    public var store: (any DocumentGraphSink)?
    public var graphMLFlavor: GraphMLFlavor

    public init(
        pipeline: Pipeline, outputDirectory: String, formats: [OutputFormat], store: (any DocumentGraphSink)? = nil,
        graphMLFlavor: GraphMLFlavor = .plain
    ) {
        self.pipeline = pipeline
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.store = store
        self.graphMLFlavor = graphMLFlavor
    }

    public struct Report: Sendable {
        public var documents: [String] = []
        public var failures: [NewsGraphError] = []
        public var merged = Graph()
    }

    public func run(_ inputs: [String]) -> Report {
        var report = Report()
        let (items, errors) = InputCollector.collect(inputs)
        report.failures += errors
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            report.failures.append(NewsGraphError(file: outputDirectory, message: "cannot create output directory: \(error.localizedDescription)"))
            return report
        }
        var identity = CrossDocumentResolver()
        for item in items {
            do {
                let document = try DocumentLoader.load(item)
                let result = pipeline.process(document)
                try GraphFileWriter.write(
                    graph: result.graph, name: item.name, formats: formats, directory: outputDirectory,
                    graphMLFlavor: graphMLFlavor)
                if let store {
                    do {
                        try store.storeDocument(
                            graph: result.graph, document: item.name,
                            contentHash: ContentHash.of(scalars: document.text.scalars))
                    } catch let e as NewsGraphError {
                        throw e
                    } catch {
                        throw NewsGraphError(file: item.path, message: "cannot write to the store: \(error)")
                    }
                }
                identity.add(result.graph, to: &report.merged)
                report.documents.append(item.name)
            } catch let e as NewsGraphError {
                report.failures.append(e)
            } catch {
                report.failures.append(NewsGraphError(file: item.path, message: "\(error)"))
            }
        }
        do {
            try GraphFileWriter.write(
                graph: report.merged, name: "graph", formats: formats, directory: outputDirectory,
                graphMLFlavor: graphMLFlavor)
        } catch {
            report.failures.append(NewsGraphError(file: outputDirectory + "/graph", message: "\(error)"))
        }
        return report
    }
}
