import Foundation
import NewsGraph
import NewsGraphStore

/// A hand-built graph with events (the extractor does not give them yet):
///
/// - 全市工会工作会议 (2024-03-05, 北京市, by 北京市总工会): 张良 leader, 李明 participant, 王芳 speaker
/// - 朝阳区职工座谈会 (2024-04-02, 朝阳区 ⊂ 北京市, by 朝阳区总工会): 李明 leader, 王芳 accompanying
/// - 调研活动 (近日, no ISO date, 上海市): 张良 participant
/// - 张良 党组书记 of 北京市总工会 (alias 市总工会); 李明 主席 and 陈刚 副主席 of 朝阳区总工会;
///   王芳 主席 with no organization; 赵强 connected to nothing.
enum QueryFixture {
    static func p(_ start: Int, _ text: String, doc: String = "doc1", rule: String = "test.rule") -> Provenance {
        Provenance(
            document: doc, span: TextSpan(start, start + text.unicodeScalars.count),
            sourceSpan: TextSpan(start, start + text.unicodeScalars.count), text: text, rule: rule)
    }

    static let zhang = NodeID(.person, "张良"), li = NodeID(.person, "李明"), wang = NodeID(.person, "王芳")
    static let chen = NodeID(.person, "陈刚"), zhao = NodeID(.person, "赵强")
    static let cityUnion = NodeID(.organization, "北京市总工会"), districtUnion = NodeID(.organization, "朝阳区总工会")
    static let beijing = NodeID(.location, "北京市"), chaoyang = NodeID(.location, "朝阳区")
    static let shanghai = NodeID(.location, "上海市")
    static let secretary = NodeID(.title, "党组书记"), chair = NodeID(.title, "主席"), vice = NodeID(.title, "副主席")
    static let meeting = NodeID(rawValue: "event:doc1#0"), forum = NodeID(rawValue: "event:doc1#1")
    static let survey = NodeID(rawValue: "event:doc1#2")
    static let article = NodeID(rawValue: "article:doc1#0")

    static func graph(doc: String = "doc1") -> Graph {
        var g = Graph()
        var offset = 0
        func prov(_ text: String) -> [Provenance] {
            offset += 10
            return [p(offset, text, doc: doc)]
        }
        func node(_ id: NodeID, _ kind: NodeKind, _ name: String, aliases: [String] = [],
                  _ properties: [String: PropertyValue] = [:]) {
            g.add(Node(id: id, kind: kind, name: name, aliases: aliases, properties: properties, provenance: prov(name)))
        }
        func edge(_ kind: EdgeKind, _ s: NodeID, _ t: NodeID, _ q: String = "", _ props: [String: PropertyValue] = [:]) {
            g.add(Edge(kind: kind, source: s, target: t, qualifier: q, properties: props, provenance: prov(q.isEmpty ? kind.rawValue : q)))
        }
        node(zhang, .person, "张良", aliases: ["良哥"])
        node(li, .person, "李明")
        node(wang, .person, "王芳")
        node(chen, .person, "陈刚")
        node(zhao, .person, "赵强")
        node(cityUnion, .organization, "北京市总工会", aliases: ["市总工会"])
        node(districtUnion, .organization, "朝阳区总工会")
        node(beijing, .location, "北京市")
        node(chaoyang, .location, "朝阳区")
        node(shanghai, .location, "上海市")
        node(secretary, .title, "党组书记")
        node(chair, .title, "主席")
        node(vice, .title, "副主席")
        node(meeting, .event, "全市工会工作会议", ["date": .string("3月5日"), "startDate": .string("2024-03-05"), "trigger": .string("召开")])
        node(forum, .event, "朝阳区职工座谈会", ["date": .string("4月2日"), "startDate": .string("2024-04-02"), "trigger": .string("座谈")])
        node(survey, .event, "调研活动", ["date": .string("近日"), "trigger": .string("调研")])
        node(article, .article, "北京市总工会召开全市工会工作会议", ["document": .string(doc), "index": .int(0)])

        edge(.attended, zhang, meeting, "leader", ["role": .string("leader")])
        edge(.attended, li, meeting, "participant", ["role": .string("participant")])
        edge(.attended, wang, meeting, "speaker", ["role": .string("speaker")])
        edge(.attended, li, forum, "leader", ["role": .string("leader")])
        edge(.attended, wang, forum, "accompanying", ["role": .string("accompanying")])
        edge(.attended, zhang, survey, "participant", ["role": .string("participant")])
        edge(.organized, cityUnion, meeting)
        edge(.organized, districtUnion, forum)
        edge(.locatedIn, meeting, beijing)
        edge(.locatedIn, forum, chaoyang)
        edge(.locatedIn, survey, shanghai)
        edge(.partOf, chaoyang, beijing)
        edge(.holds, zhang, cityUnion, "党组书记", ["title": .string("党组书记")])
        edge(.holds, li, districtUnion, "主席", ["title": .string("主席")])
        edge(.holds, chen, districtUnion, "副主席", ["title": .string("副主席")])
        edge(.hasTitle, zhang, secretary, "", ["organization": .string("北京市总工会")])
        edge(.hasTitle, li, chair, "", ["organization": .string("朝阳区总工会")])
        edge(.hasTitle, chen, vice, "", ["organization": .string("朝阳区总工会")])
        edge(.hasTitle, wang, chair, "", ["organization": .string("")])
        edge(.author, article, wang, "记者", ["role": .string("记者")])
        edge(.mentions, article, zhang, "", ["count": .int(2)])
        return g
    }

    /// A second document: 张良 again (another alias, a new event), and a person of its own.
    static let sun = NodeID(.person, "孙丽")
    static let visit = NodeID(rawValue: "event:doc2#0")

    static func second(withEvent: Bool = true) -> Graph {
        var g = Graph()
        g.add(Node(id: zhang, kind: .person, name: "张良", aliases: ["张书记"], provenance: [p(5, "张书记", doc: "doc2")]))
        g.add(Node(id: sun, kind: .person, name: "孙丽", provenance: [p(15, "孙丽", doc: "doc2")]))
        if withEvent {
            g.add(Node(id: visit, kind: .event, name: "走访慰问", properties: ["date": .string("5月1日"), "startDate": .string("2024-05-01")],
                       provenance: [p(25, "走访", doc: "doc2")]))
            g.add(Edge(kind: .attended, source: zhang, target: visit, qualifier: "leader", properties: ["role": .string("leader")],
                       provenance: [p(30, "张书记走访", doc: "doc2")]))
            g.add(Edge(kind: .attended, source: sun, target: visit, qualifier: "participant", properties: ["role": .string("participant")],
                       provenance: [p(40, "孙丽", doc: "doc2")]))
        }
        return g
    }

    static func temporaryDirectory(_ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func store(_ name: String) throws -> GraphStore {
        try GraphStore(path: try temporaryDirectory(name) + "/graph.sqlite")
    }
}

func merged(_ graphs: Graph...) -> Graph {
    var g = Graph()
    for x in graphs { g.merge(x) }
    return g
}
