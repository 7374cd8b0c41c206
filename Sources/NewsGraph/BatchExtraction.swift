import Foundation
import NewsGraphCore
import NewsGraphIngest
import NewsGraphResolution
import NewsGraphSerialization

/// Runs the pipeline over a batch of inputs: every document's graph to
/// `OUT/NAME.<format>`, and the run's merged graph to `OUT/graph.<format>`.
/// A bad document is reported and skipped; the rest of the batch goes on.
public struct BatchExtraction {
    public var pipeline: Pipeline
    public var outputDirectory: String
    public var formats: [OutputFormat]

    public init(pipeline: Pipeline, outputDirectory: String, formats: [OutputFormat]) {
        self.pipeline = pipeline
        self.outputDirectory = outputDirectory
        self.formats = formats
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
                try GraphFileWriter.write(graph: result.graph, name: item.name, formats: formats, directory: outputDirectory)
                identity.add(result.graph, to: &report.merged)
                report.documents.append(item.name)
            } catch let e as NewsGraphError {
                report.failures.append(e)
            } catch {
                report.failures.append(NewsGraphError(file: item.path, message: "\(error)"))
            }
        }
        do {
            try GraphFileWriter.write(graph: report.merged, name: "graph", formats: formats, directory: outputDirectory)
        } catch {
            report.failures.append(NewsGraphError(file: outputDirectory + "/graph", message: "\(error)"))
        }
        return report
    }
}
