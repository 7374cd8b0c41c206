import NewsGraphDOT
import NewsGraphGraphML
import NewsGraphJSONLD
import NewsGraphSerialization

/// Writes a graph in any of the output formats, each file atomically.
public enum GraphFileWriter {
    /// Writes `DIR/NAME.<ext>` for each format, in `formats`' order; returns the paths.
    /// A file appears whole or not at all (`AtomicFile`); the first error stops the run.
    @discardableResult
    public static func write(graph: Graph, name: String, formats: [OutputFormat], directory: String) throws
        -> [String]
    {
        var paths: [String] = []
        for format in formats {
            let dir = directory.hasSuffix("/") ? directory : directory + "/"
            let path = dir + name + "." + format.fileExtension
            try write(graph: graph, name: name, format: format, to: path)
            paths.append(path)
        }
        return paths
    }

    /// Writes one file at `path`.
    public static func write(graph: Graph, name: String, format: OutputFormat, to path: String) throws {
        switch format {
        case .jsonld:
            try AtomicFile.write(to: path) { (sink: ByteSink) in
                var w = JSONLDWriter(sink: sink)
                try w.write(graph: graph, name: name)
            }
        case .graphml:
            try AtomicFile.write(to: path) { (tmp: String) in
                var w = try GraphMLWriter(path: tmp)
                try w.write(graph: graph, name: name)
            }
        case .dot:
            try AtomicFile.write(to: path) { (sink: ByteSink) in
                var w = DOTWriter(sink: sink)
                try w.write(graph: graph, name: name)
            }
        }
    }
}
