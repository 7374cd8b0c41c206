import Foundation
import NewsGraph
import Testing

/// The files open in the tools the contract names: xmllint (GraphML schema) and
/// NetworkX and igraph; pyld, rdflib and Oxigraph (JSON-LD, offline); Graphviz (DOT: renders, and
/// its parser reads the same nodes and edges).
@Suite struct InteropTests {
    static let graphMLTools = ["python3", "xmllint"]
    static let graphMLModules = ["networkx", "igraph"]
    static let jsonLDModules = ["rdflib", "pyld", "pyoxigraph"]
    static let dotTools = ["dot", "gvpr", "bash", "python3"]

    @Test(
        .enabled(
            if: Interop.enabled(tools: graphMLTools, modules: graphMLModules),
            "skipped: python3 with networkx and igraph, or xmllint, not found (CI=true makes this a failure)"))
    func graphMLValidatesAndReadsBackInNetworkXAndIGraph() throws {
        guard Interop.require(tools: Self.graphMLTools, modules: Self.graphMLModules) else { return }
        let (file, expected) = try Interop.write(Fixture.graph(), .graphml)
        let r = try Interop.run(["python3", Interop.scripts + "/check_graphml.py", file, expected])
        #expect(r.status == 0, "\(r.output)")
    }

    @Test(
        .enabled(
            if: Interop.enabled(tools: ["python3"], modules: jsonLDModules),
            "skipped: python3 with rdflib, pyld and pyoxigraph not found (CI=true makes this a failure)"))
    func jsonLDExpandsOfflineAndAnswersSPARQL() throws {
        guard Interop.require(tools: ["python3"], modules: Self.jsonLDModules) else { return }
        let (file, expected) = try Interop.write(Fixture.graph(), .jsonld)
        let r = try Interop.run(["python3", Interop.scripts + "/check_jsonld.py", file, expected])
        #expect(r.status == 0, "\(r.output)")
    }

    @Test(
        .enabled(
            if: Interop.enabled(tools: dotTools),
            "skipped: graphviz dot not found (CI=true makes this a failure)"))
    func dotRendersWithoutWarningsAndReadsBackInGraphviz() throws {
        guard Interop.require(tools: Self.dotTools) else { return }
        let (file, expected) = try Interop.write(Fixture.graph(), .dot)
        let r = try Interop.run(["bash", Interop.scripts + "/check_dot.sh", file])
        #expect(r.status == 0, "\(r.output)")
        let read = try Interop.run(["python3", Interop.scripts + "/check_dot_graph.py", file, expected])
        #expect(read.status == 0, "\(read.output)")
    }
}
