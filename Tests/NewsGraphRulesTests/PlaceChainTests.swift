import NewsGraph
import NewsGraphCore
import NewsGraphIngest
import Testing

/// `partOf` links between places written one after the other (guidelines §1, §3).
@Suite struct PlaceChainTests {
    /// Each `partOf` edge of a page's graph as "inner<outer".
    static func chains(_ text: String) throws -> [String] {
        let doc = try DocumentLoader.load(bytes: Array(text.utf8), name: "t", origin: "t")
        let graph = EventOrganizerTests.pipeline.process(doc).graph
        let names = Dictionary(graph.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return graph.edges.filter { $0.kind == .partOf }.map { "\(names[$0.source] ?? "?")<\(names[$0.target] ?? "?")" }.sorted()
    }

    @Test func aDivisionWrittenAfterADivisionIsPartOfIt() throws {
        #expect(try Self.chains("6月3日，西城区德胜街道开展消防演练。\n") == ["德胜街道<西城区"])
    }

    /// `松花江吉林段`: the river's stretch at a city; the city is no part of the river.
    @Test func aRiverContainsNoDivision() throws {
        let text = "今天14时，松花江吉林段发生今年第1号洪水，密云区东邵渠镇组织群众转移。\n"
        #expect(try Self.chains(text) == ["东邵渠镇<密云区"])
    }
}
