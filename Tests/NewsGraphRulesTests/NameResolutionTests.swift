import Foundation
import NewsGraph
import NewsGraphIngest
import Testing

/// Names a page writes in several forms end on one node.
@Suite struct NameResolutionTests {
    @Test func aForeignNamesLastPartIsAnAliasOfTheFullName() throws {
        let text = "黑山总统米洛·久卡诺维奇会见了代表团。总统久卡诺维奇表示，两国合作前景广阔。\n"
        let doc = try DocumentLoader.load(bytes: Array(text.utf8), name: "t", origin: "t")
        let persons = EventOrganizerTests.pipeline.process(doc).graph.nodes.filter { $0.kind == .person }
        #expect(persons.map(\.name) == ["米洛·久卡诺维奇"])
        #expect(persons.first?.aliases == ["久卡诺维奇"])
    }
}
