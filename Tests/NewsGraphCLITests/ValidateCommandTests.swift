import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func sampleOutputValidates() throws {
        let r = try CommandRunner.run(["validate", "Output/graph.graphml", "Output/shunyi-weekly.graphml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Output/graph.graphml: ok"))
    }

    @Test func brokenFileExitsOneWithFileAndLine() throws {
        let dir = try ScratchDirectory()
        let bad = try dir.write(
            "bad.graphml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="n.start" for="node" attr.name="start" attr.type="int"/>
              <graph id="g" edgedefault="directed">
                <node id="a"><data key="n.start">x1</data></node>
                <node id="a"/>
                <edge id="e" source="a" target="b"/>
              </graph>
            </graphml>

            """)
        let r = try CommandRunner.run(["validate", "Output/graph.graphml", bad])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.graphml:5: <data key=\"n.start\">: \"x1\" is not a valid int"), "\(r.stderr)")
        #expect(r.stderr.contains("bad.graphml:6: node id 'a' used again (first at line 5)"))
        #expect(r.stderr.contains("bad.graphml:7: edge 'e': target 'b' is not a declared node"))
        #expect(r.stderr.contains("1 of 2 file(s) with problems"))
    }
}

@Suite struct GraphMLFlavorCLITests {
    @Test func extractWritesTheYEdFlavor() throws {
        let dir = try ScratchDirectory()
        let r = try CommandRunner.run(
            ["extract", "Samples", "--output", dir.path, "--format", "graphml", "--graphml-flavor", "yed"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: dir.path("graph.graphml"), encoding: .utf8)
        #expect(text.contains("<y:NodeLabel>"))
        let v = try CommandRunner.run(["validate", dir.path("graph.graphml")])
        #expect(v.status == 0, "\(v.stderr)")
    }

    @Test func unknownFlavorIsAUsageError() throws {
        let r = try CommandRunner.run(["extract", "Samples", "--graphml-flavor", "gephi"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("graphml-flavor"))
    }
}
