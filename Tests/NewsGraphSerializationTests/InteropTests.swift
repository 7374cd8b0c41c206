import Foundation
import NewsGraph
import Testing

/// The files open in the tools the contract names: xmllint (GraphML schema) and
/// NetworkX; pyld, rdflib and Oxigraph (JSON-LD, offline); Graphviz (DOT).
@Suite struct InteropTests {
    static let graphMLTools = ["python3", "xmllint"]
    static let jsonLDModules = ["rdflib", "pyld", "pyoxigraph"]

    @Test(
        .enabled(
            if: Interop.enabled(tools: graphMLTools, modules: ["networkx"]),
            "skipped: python3 with networkx, or xmllint, not found (CI=true makes this a failure)"))
    func graphMLValidatesAndReadsBackInNetworkX() throws {
        guard Interop.require(tools: Self.graphMLTools, modules: ["networkx"]) else { return }
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
            if: Interop.enabled(tools: ["dot", "bash"]),
            "skipped: graphviz dot not found (CI=true makes this a failure)"))
    func dotRendersWithoutWarnings() throws {
        guard Interop.require(tools: ["dot", "bash"]) else { return }
        let (file, _) = try Interop.write(Fixture.graph(), .dot)
        let r = try Interop.run(["bash", Interop.scripts + "/check_dot.sh", file])
        #expect(r.status == 0, "\(r.output)")
    }
}
