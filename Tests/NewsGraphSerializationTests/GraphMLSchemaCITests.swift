import Foundation
import NewsGraph
import NewsGraphGraphML
import Testing

/// The GraphML the project ships and writes, checked against the offline GraphML
/// schema in `../shared/schemas/graphml` (not copied here) and read back by NetworkX.
///
/// Skipped when `../shared`, xmllint or python3 with networkx is missing, unless `CI=true`.
@Suite struct GraphMLSchemaCITests {
    static let validate = URL(fileURLWithPath: Interop.repoRoot + "/../shared/schemas/graphml/validate.sh")
        .standardizedFileURL.path
    static var sharedPresent: Bool { FileManager.default.isExecutableFile(atPath: validate) }
    static var enabled: Bool {
        Interop.isCI || (sharedPresent && Interop.missing(tools: ["xmllint", "python3"], modules: ["networkx"]).isEmpty)
    }

    /// Records a failure (under CI) when something is missing.
    static func require() -> Bool {
        if !sharedPresent {
            Issue.record("CI=true and \(validate) is missing (the shared checkout beside the repository)")
            return false
        }
        return Interop.require(tools: ["xmllint", "python3"], modules: ["networkx"])
    }

    /// `persons` people, each holding a title at one of `persons / 10` organizations,
    /// plus a `partOf` chain of places: more than 10,000 nodes for the default size.
    static func bigGraph(persons: Int = 10_000) -> Graph {
        var g = Graph()
        let orgs = max(1, persons / 10)
        let prov = [Provenance(document: "big", span: TextSpan(0, 2), sourceSpan: TextSpan(0, 2), text: "人物", rule: "big")]
        for i in 0..<orgs {
            g.add(Node(id: NodeID(.organization, "机构\(i)"), kind: .organization, name: "机构\(i)", provenance: prov))
        }
        for i in 0..<100 {
            g.add(Node(id: NodeID(.location, "地点\(i)"), kind: .location, name: "地点\(i)", provenance: prov))
            if i > 0 {
                g.add(Edge(kind: .partOf, source: NodeID(.location, "地点\(i)"), target: NodeID(.location, "地点\(i - 1)"), provenance: prov))
            }
        }
        for i in 0..<persons {
            let p = NodeID(.person, "人物\(i)")
            g.add(Node(id: p, kind: .person, name: "人物\(i)", aliases: i % 7 == 0 ? ["别名\(i)", "A&B<\(i)>"] : [], provenance: prov))
            g.add(
                Edge(
                    kind: .holds, source: p, target: NodeID(.organization, "机构\(i % orgs)"), qualifier: i % 2 == 0 ? "主席" : "副主席",
                    properties: ["title": .string(i % 2 == 0 ? "主席" : "副主席")], provenance: prov))
        }
        return g
    }

    @Test(
        .enabled(
            if: enabled,
            "skipped: ../shared/schemas/graphml, xmllint or python3 with networkx not found (CI=true makes this a failure)"))
    func committedOutputValidatesAgainstTheSchema() throws {
        guard Self.require() else { return }
        let out = Interop.repoRoot + "/Output"
        let files = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".graphml") }.sorted()
        #expect(!files.isEmpty)
        let r = try Interop.run(["bash", Self.validate] + files.map { out + "/" + $0 })
        #expect(r.status == 0, "\(r.output)")
    }

    @Test(
        .enabled(
            if: enabled,
            "skipped: ../shared/schemas/graphml, xmllint or python3 with networkx not found (CI=true makes this a failure)"))
    func bigGraphValidatesAndReadsBackInNetworkX() throws {
        guard Self.require() else { return }
        let g = Self.bigGraph()
        #expect(g.nodeCount >= 10_000)
        let dir = try temporaryDirectory("big-graphml")
        let file = dir + "/big.graphml"
        try GraphFileWriter.write(graph: g, name: "big", format: .graphml, to: file)

        let v = try Interop.run(["bash", Self.validate, file])
        #expect(v.status == 0, "\(v.output)")
        #expect(GraphMLValidator.validate(path: file) == [])

        let script = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1], force_multigraph=True)
            print(g.number_of_nodes(), g.number_of_edges())
            """
        let r = try Interop.run(["python3", "-c", script, file])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.trimmingCharacters(in: .whitespacesAndNewlines) == "\(g.nodeCount) \(g.edgeCount)")
    }
}
