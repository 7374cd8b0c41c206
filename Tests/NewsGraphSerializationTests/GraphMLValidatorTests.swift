import Foundation
import NewsGraph
import NewsGraphGraphML
import Testing

/// `GraphMLValidator` on the writer's output and on hand-broken files.
@Suite struct GraphMLValidatorTests {
    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="n.label" for="node" attr.name="label" attr.type="string"/>
          <key id="n.start" for="node" attr.name="start" attr.type="int"/>
          <key id="e.w" for="edge" attr.name="weight" attr.type="double"/>
          <graph id="g" edgedefault="directed">

        """
    static let tail = "\n  </graph>\n</graphml>\n"

    /// Writes `head + body + tail` and validates it.
    func problems(_ body: String, head: String = head) throws -> [GraphMLValidator.Problem] {
        let dir = try temporaryDirectory("validator")
        let file = dir + "/broken.graphml"
        try Data((head + body + Self.tail).utf8).write(to: URL(fileURLWithPath: file))
        return GraphMLValidator.validate(path: file)
    }

    @Test func writerOutputIsClean() throws {
        let dir = try temporaryDirectory("validator-good")
        let file = dir + "/seed-page.graphml"
        try GraphFileWriter.write(graph: Fixture.graph(), name: "seed-page", format: .graphml, to: file)
        #expect(GraphMLValidator.validate(path: file) == [])
    }

    @Test func committedSampleOutputIsClean() throws {
        let out = Interop.repoRoot + "/Output"
        let files = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".graphml") }
        #expect(!files.isEmpty)
        for f in files { #expect(GraphMLValidator.validate(path: out + "/" + f) == [], "\(f)") }
    }

    @Test func handWrittenGoodFileIsClean() throws {
        let p = try problems(
            """
                <node id="a"><data key="n.label">甲</data><data key="n.start"> 12 </data></node>
                <node id="b"/>
                <edge id="e1" source="a" target="b"><data key="e.w">1.5e3</data></edge>
            """)
        #expect(p == [])
    }

    @Test func duplicateNodeId() throws {
        let p = try problems("    <node id=\"a\"/>\n    <node id=\"a\"/>")
        #expect(p.count == 1)
        #expect(p.first?.line == 8)
        #expect(p.first?.message == "node id 'a' used again (first at line 7)")
        #expect(p.first?.description.hasSuffix("/broken.graphml:8: node id 'a' used again (first at line 7)") == true)
    }

    @Test func danglingEdge() throws {
        let p = try problems("    <node id=\"a\"/>\n    <edge id=\"e1\" source=\"a\" target=\"zz\"/>")
        #expect(p.map(\.message) == ["edge 'e1': target 'zz' is not a declared node"])
        #expect(p.first?.line == 8)
    }

    @Test func undeclaredKey() throws {
        let p = try problems("    <node id=\"a\"><data key=\"n.nope\">x</data></node>")
        #expect(p.map(\.message) == ["<data key=\"n.nope\">: no <key id=\"n.nope\"> is declared"])
        #expect(p.first?.line == 7)
    }

    @Test func badInt() throws {
        let p = try problems("    <node id=\"a\">\n      <data key=\"n.start\">12a</data>\n    </node>")
        #expect(p.map(\.message) == ["<data key=\"n.start\">: \"12a\" is not a valid int"])
        #expect(p.first?.line == 8)
    }

    @Test func duplicateKeyUnknownTypeAndWrongDomain() throws {
        let head = Self.head.replacingOccurrences(
            of: "  <graph id",
            with: """
                  <key id="n.label" for="node" attr.name="label" attr.type="string"/>
                  <key id="n.list" for="node" attr.name="l" attr.type="list"/>
                  <graph id
                """)
        let p = try problems("    <node id=\"a\"><data key=\"e.w\">1</data></node>", head: head)
        #expect(
            p.map(\.message) == [
                "key 'n.label' declared again (first at line 3)",
                "key 'n.list': unknown attr.type \"list\" (expected boolean, int, long, float, double or string)",
                "<data key=\"e.w\"> on a <node>, but the key is declared for=\"edge\"",
            ])
    }

    @Test func forbiddenCharacterIsReportedWithItsLine() throws {
        let p = try problems("    <node id=\"a\">\n      <data key=\"n.label\">x\u{1}y</data></node>")
        #expect(!p.isEmpty)
        #expect(p.first?.line == 8)
        let q = try problems("    <node id=\"a\"><data key=\"n.label\">x&#1;y</data></node>")
        #expect(!q.isEmpty)
    }

    @Test func externalEntitiesAreNotLoaded() throws {
        let dir = try temporaryDirectory("validator-entity")
        try Data("oops".utf8).write(to: URL(fileURLWithPath: dir + "/ext.txt"))
        let head = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY ext SYSTEM "file://\(dir)/ext.txt">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="n.start" for="node" attr.name="start" attr.type="int"/>
              <graph id="g" edgedefault="directed">

            """
        // Were the entity loaded, the int check would see "oops".
        let p = try problems("    <node id=\"a\"><data key=\"n.start\">&ext;</data></node>", head: head)
        #expect(!p.contains { $0.message.contains("oops") }, "\(p)")
    }

    @Test func missingFileAndWrongRoot() throws {
        #expect(GraphMLValidator.validate(path: "/nonexistent/x.graphml").count == 1)
        let dir = try temporaryDirectory("validator-root")
        try Data("<root/>".utf8).write(to: URL(fileURLWithPath: dir + "/r.graphml"))
        #expect(GraphMLValidator.validate(path: dir + "/r.graphml").map(\.message) == ["the root element is <root>, not <graphml>"])
    }

    @Test func valueParsing() {
        #expect(GraphMLValidator.parses("-3", as: "long"))
        #expect(!GraphMLValidator.parses("3.0", as: "int"))
        #expect(GraphMLValidator.parses("True", as: "boolean"))
        #expect(!GraphMLValidator.parses("yes", as: "boolean"))
        #expect(GraphMLValidator.parses("nan", as: "double"))
        #expect(!GraphMLValidator.parses("", as: "float"))
    }
}
