import NewsGraphDOT
@_exported import enum NewsGraphGraphML.GraphMLFlavor
import NewsGraphGraphML
import NewsGraphJSONLD
import NewsGraphSerialization

/// Writes a graph in any of the output formats, each file atomically.
public enum GraphFileWriter {
    /// Writes `DIR/NAME.<ext>` for each format, in `formats`' order; returns the paths.
    /// A file appears whole or not at all (`AtomicFile`); the first error stops the run.
    @discardableResult
    public static func write(
        graph: consuming Graph, name: String, formats: [OutputFormat], directory: String, graphMLFlavor: GraphMLFlavor = .plain
    ) throws -> [String] {
        // Sorting is a large part of writing a big graph: do it once for all formats.
        var sorted = Sorted(graph: graph, name: name, formats: formats)
        defer { sorted.recycle() }
        var paths: [String] = []
        for format in formats {
            let dir = directory.hasSuffix("/") ? directory : directory + "/"
            let path = dir + name + "." + format.fileExtension
            try write(&sorted, format: format, to: path, graphMLFlavor: graphMLFlavor)
            paths.append(path)
        }
        return paths
    }

    /// Writes one file at `path`.
    public static func write(
        graph: consuming Graph, name: String, format: OutputFormat, to path: String, graphMLFlavor: GraphMLFlavor = .plain
    ) throws {
        var sorted = Sorted(graph: graph, name: name)
        try write(&sorted, format: format, to: path, graphMLFlavor: graphMLFlavor)
    }

    /// A graph's header, nodes and edges in the canonical order, and their provenance lists
    /// rendered once when more than one format prints them.
    struct Sorted {
        let header: GraphHeader
        /// `var` only to be handed to the writers in place (`GraphSerializer.write(inPlace:provenance:)`).
        var nodes: [Node]
        var edges: [Edge]
        let provenance: ProvenanceJSON?

        /// The graph's nodes and edges taken over and sorted in place: a graph handed over for
        /// writing is not read again (one still in use elsewhere is copied as it is sorted).
        init(graph: consuming Graph, name: String, formats: [OutputFormat] = []) {
            (nodes, edges) = graph.takeSorted()
            header = GraphHeader(name: name, nodes: nodes, edges: edges)
            guard formats.contains(.jsonld) && formats.contains(.graphml) else {
                provenance = nil
                return
            }
            provenance = Sorted.render(nodes, edges)
        }

        /// The provenance lists of `nodes` and then `edges`, each rendered once. An edge's list
        /// is often a node's (a byline's Person and its author edge share one): it is then that
        /// node's rendering. Its storage's address names a list here, where `nodes` and `edges`
        /// hold every list as long as the rendering is used; the nodes' lists are found by
        /// bisection of their addresses in order (hashing them cost more than most renderings).
        /// (Read by position: iterating copied each node and edge whole.)
        static func render(_ nodes: [Node], _ edges: [Edge]) -> ProvenanceJSON {
            let rendered = ProvenanceJSON.make(lists: nodes.count + edges.count)
            var nodeLists: [(address: Int, list: Int)] = []
            nodeLists.reserveCapacity(nodes.count)
            for i in nodes.indices {
                nodeLists.append((unsafeBitCast(nodes[i].provenance, to: Int.self), i))
                rendered.append(nodes[i].provenance)
            }
            nodeLists.sort { $0.address < $1.address }
            for i in edges.indices {
                let address = unsafeBitCast(edges[i].provenance, to: Int.self)
                var (low, high) = (0, nodeLists.count)
                while low < high {
                    let middle = (low + high) / 2
                    if nodeLists[middle].address < address { low = middle + 1 } else { high = middle }
                }
                if low < nodeLists.count && nodeLists[low].address == address {
                    rendered.repeatList(nodeLists[low].list)
                } else {
                    rendered.append(edges[i].provenance)
                }
            }
            return rendered
        }

        /// Gives the provenance rendering back for the next graph, once every format is written.
        func recycle() { provenance?.recycle() }

        mutating func write<S: GraphSerializer>(into serializer: inout S) throws {
            try serializer.begin(header)
            let provenance = self.provenance
            let nodeCount = nodes.count
            try nodes.withUnsafeMutableBufferPointer { nodes in
                for i in nodes.indices { try serializer.write(inPlace: &nodes[i], provenance: provenance?.list(i)) }
            }
            try edges.withUnsafeMutableBufferPointer { edges in
                for i in edges.indices { try serializer.write(inPlace: &edges[i], provenance: provenance?.list(nodeCount + i)) }
            }
            try serializer.finish()
        }
    }

    static func write(_ sorted: inout Sorted, format: OutputFormat, to path: String, graphMLFlavor: GraphMLFlavor) throws {
        try AtomicFile.write(to: path) { (sink: ByteSink) in
            try serialize(&sorted, format: format, into: sink, graphMLFlavor: graphMLFlavor)
        }
    }

    /// Writes a graph into an open stream (a pipe, standard output, a benchmark's /dev/null).
    public static func write(
        graph: consuming Graph, name: String, format: OutputFormat, into sink: ByteSink, graphMLFlavor: GraphMLFlavor = .plain
    ) throws {
        var sorted = Sorted(graph: graph, name: name)
        try serialize(&sorted, format: format, into: sink, graphMLFlavor: graphMLFlavor)
    }

    /// Writes a graph in each of `formats`, one after another, into one open stream
    /// (sorted once, as `write(graph:name:formats:directory:)` does for files).
    public static func write(
        graph: consuming Graph, name: String, formats: [OutputFormat], into sink: ByteSink, graphMLFlavor: GraphMLFlavor = .plain
    ) throws {
        var sorted = Sorted(graph: graph, name: name, formats: formats)
        defer { sorted.recycle() }
        for format in formats { try serialize(&sorted, format: format, into: sink, graphMLFlavor: graphMLFlavor) }
    }

    static func serialize(_ sorted: inout Sorted, format: OutputFormat, into sink: ByteSink, graphMLFlavor: GraphMLFlavor) throws {
        switch format {
        case .jsonld:
            var w = JSONLDWriter(sink: sink)
            try sorted.write(into: &w)
        case .graphml:
            var w = try GraphMLWriter(sink: sink, flavor: graphMLFlavor)
            try sorted.write(into: &w)
        case .dot:
            var w = DOTWriter(sink: sink)
            try sorted.write(into: &w)
        }
    }
}
