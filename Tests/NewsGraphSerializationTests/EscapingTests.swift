import Foundation
import NewsGraph
import NewsGraphCore
import NewsGraphDOT
import NewsGraphGraphML
import NewsGraphJSONLD
import NewsGraphSerialization
import Testing

@Suite struct EscapingTests {
    @Test func jsonEscapesQuotesBackslashesAndControlsAndKeepsCJKRaw() {
        #expect(JSONText.quoted("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONText.quoted("一\n二\r三\t四") == #""一\n二\r三\t四""#)
        #expect(JSONText.quoted("x\u{0}y\u{1}z\u{1F}") == #""x\u0000y\u0001z\u001f""#)
        #expect(JSONText.quoted("张良 <&> ]]> /") == "\"张良 <&> ]]> /\"")
        #expect(JSONText.quoted("😀\u{2028}") == "\"😀\u{2028}\"")
    }

    @Test func byteTableFindsTheFirstMemberAtEveryPositionAndStart() {
        let quote = ByteTable { $0 == UInt8(ascii: "\"") }
        // Lengths and positions on both sides of the eight-byte steps.
        for length in 0..<20 {
            for hit in 0...length {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if hit < length { bytes[hit] = UInt8(ascii: "\"") }
                bytes.withUnsafeBufferPointer { b in
                    for start in 0...length {
                        #expect(quote.firstMember(in: b, from: start) == (start <= hit ? hit : length))
                    }
                }
            }
        }
    }

    @Test func jsonWrittenThroughTheSinkEqualsTheArrayForm() throws {
        let dir = try temporaryDirectory()
        let samples = ["", "plain", "张良", "a\"b", "\\", "x\u{1}y\n", "末尾\\"]
        try AtomicFile.write(to: dir + "/s.json") { (sink: ByteSink) in
            for s in samples { try sink.writeJSONString(s) }
        }
        #expect(text(dir + "/s.json") == samples.map(JSONText.quoted).joined())
    }

    @Test func sinkKeepsEveryByteAcrossFlushesAndLargeWrites() throws {
        let dir = try temporaryDirectory()
        let big = [UInt8]((0..<200_000).map { UInt8(truncatingIfNeeded: $0 % 251) })
        var expected: [UInt8] = []
        try AtomicFile.write(to: dir + "/b.bin") { (sink: ByteSink) in
            for i in 0..<30_000 {  // many small writes, across several 64 KB flushes
                try sink.write(literal: "<a>")
                try sink.write(int: i - 15_000)
                try sink.write(byte: 0x0A)
                expected += Array("<a>\(i - 15_000)\n".utf8)
            }
            try big.withUnsafeBufferPointer { try sink.write(bytes: $0) }  // larger than the buffer
            expected += big
            try sink.write(int: Int.min)
            try sink.write(literal: "é")  // a one-scalar literal has no pointer form
            expected += Array("\(Int.min)é".utf8)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/b.bin")) == Data(expected))
    }

    @Test func jsonParserReadsBackWhatTheEscaperWrites() throws {
        for s in ["a\"b\\c", "一\n二", "x\u{0}\u{1}\u{1F}", "😀", "]]><&>"] {
            let v = try JSONParser.parse(Array(JSONText.quoted(s).utf8), file: "t")
            #expect(v == .string(s))
        }
        #expect(try JSONParser.parse(Array(#""\ud83d\ude00""#.utf8), file: "t") == .string("😀"))
        #expect(throws: NewsGraphError.self) { try JSONParser.parse(Array(#""\ud83d""#.utf8), file: "t") }
        #expect(throws: NewsGraphError.self) { try JSONParser.parse(Array("{\"a\": 1,}".utf8), file: "t") }
    }

    @Test func iriKeepsCJKAndEncodesWhatAnIRICannotHold() {
        #expect(IRIText.encode("person:张良") == "person:张良")
        #expect(IRIText.encode("person:王伟@某某区总工会") == "person:王伟@某某区总工会")
        #expect(IRIText.encode("event:seed-page#0") == "event:seed-page%230")
        #expect(IRIText.encode("a->b c%\"<>{}|\\^`") == "a-%3Eb%20c%25%22%3C%3E%7B%7D%7C%5C%5E%60")
        #expect(IRIText.encode("x\u{1}\u{FFFF}") == "x%01%EF%BF%BF")
        for s in ["person:张良", "a->b#c d%25", "x\u{1}\u{FFFF}😀", "%", "%%41"] {
            #expect(IRIText.decode(IRIText.encode(s)) == s)
        }
        #expect(IRIText.edgeID(IRIText.edge("holds:person:张良->org:北京市总工会#党组书记")) == "holds:person:张良->org:北京市总工会#党组书记")
    }

    @Test func nmtokenKeepsCommonIdsAndEncodesTheRest() {
        #expect(NMToken.encode("person:张良") == "person:张良")
        #expect(NMToken.encode("person:王伟@区") == "person:王伟_40区")
        #expect(NMToken.encode("a_b") == "a_5Fb")
        #expect(NMToken.encode("holds:a->b#c") == "holds:a-_3Eb_23c")
        #expect(NMToken.encode("（") == "_EF_BC_88")
        #expect(NMToken.encode("é😀") == "_C3_A9_F0_9F_98_80")
        #expect(NMToken.encode("") == "_")
    }

    /// Writers escape an edge's id piece by piece into their buffers; that must equal
    /// escaping the id built whole, for ids whose pieces need escaping too.
    @Test func edgeIDsEscapedPieceByPieceEqualTheWholeIDEscaped() {
        let edges = [
            Edge(kind: .holds, source: NodeID(rawValue: "person:韩明川"), target: NodeID(rawValue: "org:临江市总工会"), qualifier: "党组书记"),
            Edge(kind: .attended, source: NodeID(rawValue: "person:王伟@区"), target: NodeID(rawValue: "event:d#1"), qualifier: ""),
            Edge(kind: .author, source: NodeID(rawValue: "article:a \"b\"\\c"), target: NodeID(rawValue: "person:x\u{1}y\u{FFFF}"), qualifier: "记者_摄"),
        ]
        for edge in edges {
            var source: [UInt8] = [], target: [UInt8] = []
            NMToken.append(edge.source.rawValue, to: &source)
            NMToken.append(edge.target.rawValue, to: &target)
            var nm: [UInt8] = []
            source.withUnsafeBufferPointer { s in
                target.withUnsafeBufferPointer { t in NMToken.append(edgeID: edge, source: s, target: t, to: &nm) }
            }
            #expect(String(decoding: nm, as: UTF8.self) == NMToken.encode(edge.id))
            source = []
            target = []
            IRIText.append(node: edge.source, to: &source)
            IRIText.append(node: edge.target, to: &target)
            #expect(String(decoding: source, as: UTF8.self) == IRIText.node(edge.source))
            var iri: [UInt8] = []
            source.withUnsafeBufferPointer { s in
                target.withUnsafeBufferPointer { t in IRIText.append(edge: edge, source: s, target: t, to: &iri) }
            }
            #expect(String(decoding: iri, as: UTF8.self) == IRIText.edge(edge.id))
        }
    }

    @Test func xmlForbiddenCharactersAreRemoved() {
        #expect(XMLText.sanitized("a\u{0}b\u{8}c\u{B}d\u{C}e\u{E}f\u{1F}g\u{FFFE}h\u{FFFF}i") == "abcdefghi")
        #expect(XMLText.sanitized("tab\tlf\ncr\r张良\u{FFFD}😀") == "tab\tlf\ncr\r张良\u{FFFD}😀")
    }

    @Test func dotQuotesAndEscapes() {
        #expect(DOTText.quoted("张良") == "\"张良\"")
        #expect(DOTText.quoted("a\"b\\c") == #""a\"b\\c""#)
        #expect(DOTText.quoted("一\n二\r\n三\r四") == #""一\n二\n三\n四""#)
        #expect(DOTText.quoted("x\u{1}y\u{FFFF}\\N") == #""xy\\N""#)
    }

    @Test func graphMLEscapesMarkupAndDropsForbiddenCharacters() throws {
        let dir = try temporaryDirectory()
        try GraphFileWriter.write(graph: Fixture.graph(), name: "g", formats: [.graphml], directory: dir)
        let out = text(dir + "/g.graphml")
        #expect(out.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"))
        #expect(out.contains("A&amp;B &lt;C&gt; ]]&gt; \"Q\" \\ 公司"))
        #expect(!out.contains("]]>"))
        #expect(out.contains("第一行\n第二行"))
        #expect(out.contains("<data key=\"n.mention\">张良</data>"))  // U+0001 dropped
        #expect(out.contains("\\u0001"))  // kept, escaped, in the provenance JSON
        #expect(!out.unicodeScalars.contains { XMLText.isForbidden($0.value) })
        #expect(out.contains("<node id=\"person:王伟_40某某区总工会\">"))
        #expect(out.contains("<data key=\"n.name\">张良</data>"))  // CJK raw, not &#x...;
    }

    @Test func xmlEscapingWorksOnBytesAndKeepsFullWidthPunctuation() {
        func content(_ s: String) -> String {
            var out: [UInt8] = []
            XMLText.appendEscapedContent(s, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        func attribute(_ s: String) -> String {
            var out: [UInt8] = []
            XMLText.appendEscapedAttribute(s, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        // U+FF08/U+FF09 and U+FFFD start with the byte EF, as U+FFFE/U+FFFF do: only the last two go.
        #expect(content("（通讯员）\u{FFFD}\u{FFFE}x\u{FFFF}") == "（通讯员）\u{FFFD}x")
        #expect(content("a&b<c>d\r\ne\tf\u{1}\u{1F}\"g\"") == "a&amp;b&lt;c&gt;d&#13;\ne\tf\"g\"")
        #expect(attribute("a\"b\tc\nd\re&<>") == "a&quot;b&#9;c&#10;d&#13;e&amp;&lt;&gt;")
        #expect(content("") == "" && content("张良") == "张良")
        #expect(content("\u{FFFF}") == "" && content("尾\u{EF}") == "尾\u{EF}")  // U+00EF is C3 AF, not EF
    }

    @Test func decimalsAreWrittenWithoutStrings() {
        for n in [0, 7, -7, 10, 1_234_567, Int.max, Int.min] {
            var out: [UInt8] = [UInt8(ascii: "x")]
            JSONText.appendDecimal(n, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == "x" + String(n))
        }
    }

    @Test func graphMLKeyDeclarationsEscapeOddPropertyNames() throws {
        let dir = try temporaryDirectory()
        let node = Node(
            id: Fixture.zhang, kind: .person, name: "张良",
            properties: ["a\"b<c>&d\te": .string("值")], provenance: [Fixture.p(0, "张良")])
        var graph = Graph()
        graph.add(node)
        try GraphFileWriter.write(graph: graph, name: "g", formats: [.graphml], directory: dir)
        let out = text(dir + "/g.graphml")
        #expect(out.contains("attr.name=\"a&quot;b&lt;c&gt;&amp;d&#9;e\" attr.type=\"string\"/>\n"))
        #expect(GraphMLValidator.validate(path: dir + "/g.graphml").isEmpty)
    }

    @Test func eachGraphMLFileDeclaresItsOwnKeys() throws {
        // Key declarations are reused between files with the same property lists: never across lists.
        let dir = try temporaryDirectory()
        func graph(_ property: String) -> Graph {
            var g = Graph()
            g.add(Node(id: Fixture.zhang, kind: .person, name: "张良", properties: [property: .int(1)], provenance: [Fixture.p(0, "张良")]))
            return g
        }
        for (name, property) in [("a", "alpha"), ("b", "beta"), ("c", "alpha")] {
            try GraphFileWriter.write(graph: graph(property), name: name, formats: [.graphml], directory: dir)
        }
        let a = text(dir + "/a.graphml"), b = text(dir + "/b.graphml"), c = text(dir + "/c.graphml")
        #expect(a.contains("attr.name=\"alpha\" attr.type=\"int\"") && !a.contains("beta"))
        #expect(b.contains("attr.name=\"beta\" attr.type=\"int\"") && !b.contains("alpha"))
        #expect(c == a.replacingOccurrences(of: "<graph id=\"a\"", with: "<graph id=\"c\""))
        for f in ["a", "b", "c"] { #expect(GraphMLValidator.validate(path: dir + "/\(f).graphml").isEmpty) }
    }

    @Test func dotQuotesEveryIdAndLabel() throws {
        let dir = try temporaryDirectory()
        try GraphFileWriter.write(graph: Fixture.graph(), name: "g", formats: [.dot], directory: dir)
        let out = text(dir + "/g.dot")
        #expect(out.hasPrefix("digraph \"g\" {\n"))
        #expect(out.contains("\"org:A&B<C>]]>\\\"Q\\\"\\\\公司\" [label=\"A&B <C> ]]> \\\"Q\\\" \\\\ 公司\""))
        #expect(out.contains("fontname=\"Noto Sans CJK SC\""))
        #expect(out.contains("\"person:张良\" -> \"org:北京市总工会\" [label=\"党组书记\""))
        #expect(out.contains("\"person:张良\" -> \"org:北京市总工会\" [label=\"副主席\""))
        #expect(!out.contains("\u{1}"))
    }

    @Test func jsonLDKeepsCJKRawAndEscapesControls() throws {
        let dir = try temporaryDirectory()
        try GraphFileWriter.write(graph: Fixture.graph(), name: "g", formats: [.jsonld], directory: dir)
        let out = text(dir + "/g.jsonld")
        #expect(out.contains("{\"@id\": \"person:张良\", \"@type\": \"Person\", \"name\": \"张良\""))
        #expect(out.contains("\"text\": \"张\\u0001良\""))
        #expect(out.contains("\"name\": \"A&B <C> ]]> \\\"Q\\\" \\\\ 公司\""))
        #expect(out.contains("\"alternateName\": [\"第一行\\n第二行\"]"))
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        _ = try JSONParser.parse(bytes(dir + "/g.jsonld"), file: "g.jsonld")
    }
}
