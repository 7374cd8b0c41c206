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

    @Test func kindOrdinalsAreDeclarationOrder() {
        #expect(NodeKind.allCases.map(\.ordinal) == Array(NodeKind.allCases.indices))
        #expect(EdgeKind.allCases.map(\.ordinal) == Array(EdgeKind.allCases.indices))
        #expect(NodeKind.allCases.sorted() == NodeKind.allCases && EdgeKind.allCases.sorted() == EdgeKind.allCases)
    }
}
