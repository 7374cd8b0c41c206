import Foundation
import NewsGraph
import NewsGraphSerialization

/// A hand-built graph with what the writers must get right: CJK names, an
/// XML-forbidden character in a mention, `"<&>]]>\` and line breaks in text,
/// ids that need encoding, parallel `holds` edges, an event with attendees and
/// an article with authors.
enum Fixture {
    static let doc = "seed-page"

    static func p(_ start: Int, _ text: String, _ rule: String = "test.rule", doc: String = doc) -> Provenance {
        Provenance(
            document: doc, span: TextSpan(start, start + text.unicodeScalars.count),
            sourceSpan: TextSpan(start + 1, start + 1 + text.unicodeScalars.count), text: text, rule: rule)
    }

    static let zhang = NodeID(.person, "张良")
    static let li = NodeID(.person, "李明")
    static let wang = NodeID(rawValue: "person:王伟@某某区总工会")
    static let union = NodeID(.organization, "北京市总工会")
    static let odd = NodeID(.organization, "A&B<C>]]>\"Q\"\\公司")
    static let beijing = NodeID(.location, "北京市")
    static let daxing = NodeID(.location, "大兴区")
    static let secretary = NodeID(.title, "党组书记")
    static let vice = NodeID(.title, "副主席")
    static let event = NodeID(rawValue: "event:seed-page#0")
    static let article = NodeID(rawValue: "article:seed-page#0")
    static let bare = NodeID(rawValue: "article:seed-page#1")

    static var nodes: [Node] {
        [
            Node(
                id: zhang, kind: .person, name: "张良", aliases: ["张书记"],
                provenance: [p(10, "张\u{1}良", "person.name"), p(40, "张书记", "person.alias")]),
            Node(id: li, kind: .person, name: "李明", provenance: [p(60, "李明")]),
            Node(id: wang, kind: .person, name: "王伟", provenance: [p(70, "王伟")]),
            Node(id: union, kind: .organization, name: "北京市总工会", aliases: ["市总工会"], provenance: [p(0, "北京市总工会")]),
            Node(
                id: odd, kind: .organization, name: "A&B <C> ]]> \"Q\" \\ 公司", aliases: ["第一行\n第二行"],
                provenance: [p(90, "A&B <C> ]]> \"Q\" \\ 公司")]),
            Node(id: beijing, kind: .location, name: "北京市", provenance: [p(0, "北京市")]),
            Node(id: daxing, kind: .location, name: "大兴区", provenance: [p(20, "大兴区")]),
            Node(id: secretary, kind: .title, name: "党组书记", provenance: [p(12, "党组书记")]),
            Node(id: vice, kind: .title, name: "副主席", provenance: [p(16, "副主席")]),
            Node(
                id: event, kind: .event, name: "北京市总工会召开会议",
                properties: ["date": .string("3月5日"), "startDate": .string("2024-03-05"), "trigger": .string("召开")],
                provenance: [p(30, "召开", "event.trigger")]),
            Node(
                id: article, kind: .article, name: "北京市总工会召开会议",
                properties: [
                    "headline": .string("北京市总工会召开会议"), "subheadline": .string("副题\n第二行"),
                    "document": .string(doc), "index": .int(0),
                ],
                provenance: [p(0, "北京市总工会召开会议", "layout.headline")]),
            Node(
                id: bare, kind: .article, name: "", properties: ["document": .string(doc), "index": .int(1)],
                provenance: [p(200, "本报讯", "layout.article")]),
        ]
    }

    static var edges: [Edge] {
        [
            Edge(
                kind: .holds, source: zhang, target: union, qualifier: "党组书记",
                properties: ["title": .string("党组书记")], provenance: [p(0, "北京市总工会党组书记张良", "holds.org-title-name")]),
            Edge(
                kind: .holds, source: zhang, target: union, qualifier: "副主席",
                properties: ["title": .string("副主席")], provenance: [p(0, "北京市总工会党组书记、副主席张良", "holds.org-title-name")]),
            Edge(
                kind: .hasTitle, source: zhang, target: secretary, qualifier: "北京市总工会",
                properties: ["organization": .string("北京市总工会")], provenance: [p(12, "党组书记")]),
            Edge(
                kind: .hasTitle, source: zhang, target: vice, qualifier: "", properties: ["organization": .string("")],
                provenance: [p(16, "副主席")]),
            Edge(
                kind: .attended, source: zhang, target: event, qualifier: "leader",
                properties: ["role": .string("leader")], provenance: [p(30, "张良主持", "attended.host")]),
            Edge(
                kind: .attended, source: li, target: event, qualifier: "participant",
                properties: ["role": .string("participant")], provenance: [p(60, "李明参加")]),
            Edge(
                kind: .attended, source: li, target: event, qualifier: "speaker",
                properties: ["role": .string("speaker")], provenance: [p(64, "李明讲话")]),
            Edge(
                kind: .attended, source: wang, target: event, qualifier: "accompanying",
                properties: ["role": .string("accompanying")], provenance: [p(70, "王伟陪同")]),
            Edge(kind: .organized, source: union, target: event, provenance: [p(0, "北京市总工会召开")]),
            Edge(kind: .locatedIn, source: event, target: daxing, provenance: [p(20, "在大兴区")]),
            Edge(kind: .partOf, source: daxing, target: beijing, provenance: [p(20, "北京市大兴区")]),
            Edge(
                kind: .author, source: article, target: li, qualifier: "记者", properties: ["role": .string("记者")],
                provenance: [p(100, "本报记者 李明", "layout.byline")]),
            Edge(
                kind: .author, source: article, target: wang, qualifier: "摄影", properties: ["role": .string("摄影")],
                provenance: [p(110, "摄影 王伟", "layout.byline")]),
            Edge(
                kind: .mentions, source: article, target: zhang, qualifier: "3", properties: ["count": .int(3)],
                provenance: [p(10, "张良"), p(40, "张书记")]),
            Edge(
                kind: .mentions, source: article, target: odd, qualifier: "1", properties: ["count": .int(1)],
                provenance: [p(90, "A&B")]),
        ]
    }

    /// Nodes, then edges, in the listed order.
    static func graph() -> Graph {
        var g = Graph()
        for n in nodes { g.add(n) }
        for e in edges { g.add(e) }
        return g
    }

    /// The same graph built the other way round: edges first, everything
    /// reversed, and each node's provenance added one mention at a time.
    static func graphReversed() -> Graph {
        var g = Graph()
        for e in edges.reversed() { g.add(e) }
        for n in nodes.reversed() {
            for prov in n.provenance.reversed() {
                var part = n
                part.provenance = [prov]
                part.aliases = n.aliases.reversed()
                g.add(part)
            }
        }
        return g
    }
}

/// A fresh directory under the system temporary directory.
func temporaryDirectory(_ label: String = #function) throws -> String {
    let name = "newsgraph-test-\(label.filter { $0.isLetter || $0.isNumber })-\(UUID().uuidString)"
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func bytes(_ path: String) -> [UInt8] {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
}

func text(_ path: String) -> String {
    String(decoding: bytes(path), as: UTF8.self)
}
