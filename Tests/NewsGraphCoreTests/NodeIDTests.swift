import Testing
@testable import NewsGraphCore

@Suite struct NodeIDTests {
    @Test func whitespaceIsUnicodesWhiteSpaceProperty() {
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            if NodeID.isWhitespace(c) != c.properties.isWhitespace {
                Issue.record("U+\(String(v, radix: 16, uppercase: true))")
            }
        }
    }

    @Test func keysDropWhitespaceOnly() {
        #expect(NodeID(.person, "黄\u{3000}涛 ").rawValue == "person:黄涛")
        #expect(NodeID(.organization, "某某区总工会").rawValue == "org:某某区总工会")
    }

    @Test func idsAndEdgeKeysCompareAndHashByBytes() {
        let a = NodeID(rawValue: "person:王某"), b = NodeID(rawValue: "person:" + "王某")
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(NodeID(rawValue: "person:王某") != NodeID(rawValue: "person:王某某"))
        let k1 = Edge.Key(kind: .holds, source: a, target: NodeID(rawValue: "org:某局"), qualifier: "局长")
        let k2 = Edge.Key(kind: .holds, source: b, target: NodeID(rawValue: "org:某局"), qualifier: "局" + "长")
        let k3 = Edge.Key(kind: .holds, source: a, target: NodeID(rawValue: "org:某局"), qualifier: "副局长")
        #expect(k1 == k2 && k1.hashValue == k2.hashValue)
        #expect(k1 != k3)
        #expect(Set([k1, k2, k3]).count == 2)
    }

    /// `==` and `compare` read short ids in the String's two words (the standard library's
    /// small-string layout): they must agree with comparing the UTF-8 bytes, for short and
    /// long ids, prefixes of each other, ids built in pieces and ids of one and 15+ bytes.
    @Test func shortIDComparisonsAgreeWithByteOrder() {
        let texts = [
            "", "a", "b", "ab", "a\u{1}", "person:", "person:王", "person:王伟", "person:王伟伟", "person:王伟a",
            "org:某局", "org:某局某", "person:abcdefgh", "person:abcdefghi", "123456789012345", "1234567890123456",
            "person:王伟@某某区总工会", "article:d#1", "article:d#10", "article:d#2", "é", "e\u{301}",
        ]
        let ids = texts.flatMap { t in [NodeID(rawValue: t), NodeID(rawValue: String(t.prefix(1)) + String(t.dropFirst()))] }
        for a in ids {
            for b in ids {
                let bytes = Array(a.rawValue.utf8).lexicographicallyPrecedes(Array(b.rawValue.utf8))
                let same = Array(a.rawValue.utf8) == Array(b.rawValue.utf8)
                #expect((a == b) == same, "\(a) == \(b)")
                #expect((a < b) == bytes, "\(a) < \(b)")
                #expect((NodeID.compare(a, b) == 0) == same && (NodeID.compare(a, b) < 0) == bytes, "compare(\(a), \(b))")
            }
        }
    }

    @Test func kindOrdinalsAreDeclarationOrder() {
        #expect(NodeKind.allCases.map(\.ordinal) == Array(NodeKind.allCases.indices))
        #expect(EdgeKind.allCases.map(\.ordinal) == Array(EdgeKind.allCases.indices))
        #expect(NodeKind.allCases.sorted() == NodeKind.allCases && EdgeKind.allCases.sorted() == EdgeKind.allCases)
    }
}
