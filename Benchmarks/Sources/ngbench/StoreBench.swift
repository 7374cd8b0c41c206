import BenchSupport
import Foundation
import NewsGraphCore
import NewsGraphQuery
import NewsGraphStore

/// `ngbench store --edges N`: a store of about N edges from generated
/// documents (people holding titles at organizations and attending events),
/// loaded in one transaction; then `attended` and `holds` for 500 people,
/// with p50/p99 latency.
enum StoreBench {
    static func run(edges target: Int, path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try GraphStore(path: path)
        var rng = SplitMix64(seed: 7)
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
        let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉宇晨浩然思远志国庆春林海燕云飞")
        let titles = ["主席", "副主席", "党组书记", "局长", "副局长", "院长", "董事长", "主任", "副主任", "处长"]
        var docs: [GraphStore.DocumentGraph] = []
        var edgeCount = 0
        var people: [String] = []
        var d = 0
        while edgeCount < target {
            var g = Graph()
            let doc = "doc\(d)"
            let p = Provenance(document: doc, span: TextSpan(0, 3), sourceSpan: TextSpan(0, 3), text: "x", rule: "bench")
            let org = NodeID(.organization, "第\(d % 5000)区总工会")
            g.add(Node(id: org, kind: .organization, name: "第\(d % 5000)区总工会", provenance: [p]))
            let event = NodeID(rawValue: "event:\(doc)#1")
            g.add(Node(id: event, kind: .event, name: "调研会议", properties: ["date": .string("3月5日")], provenance: [p]))
            for _ in 0..<6 {
                let name = String(surnames[Int(rng.next() >> 1) % surnames.count]) + String(given[Int(rng.next() >> 1) % given.count]) + String(given[Int(rng.next() >> 1) % given.count])
                people.append(name)
                let person = NodeID(.person, name)
                let title = titles[Int(rng.next() >> 1) % titles.count]
                g.add(Node(id: person, kind: .person, name: name, provenance: [p]))
                g.add(Edge(kind: .holds, source: person, target: org, qualifier: title, properties: ["title": .string(title)], provenance: [p]))
                g.add(Edge(kind: .attended, source: person, target: event, qualifier: "participant", properties: ["role": .string("participant")], provenance: [p]))
                edgeCount += 2
            }
            docs.append(.init(graph: g, document: doc, contentHash: String(d, radix: 16)))
            d += 1
        }
        let t0 = Date()
        try store.bulkInsert(docs)
        let insert = Date().timeIntervalSince(t0)
        print("store: \(edgeCount) edges in \(docs.count) documents inserted in \(fmt(insert)) s = \(Int(Double(edgeCount) / insert)) edges/s")
        let engine = QueryEngine(source: store)
        for (name, query) in [("attended", { (n: String) in _ = try engine.attended(n) }), ("holds", { (n: String) in _ = try engine.holds(n) })] {
            var times: [Double] = []
            for i in 0..<500 {
                let who = people[(i * 7919) % people.count]
                let s = Date()
                try query(who)
                times.append(Date().timeIntervalSince(s) * 1000)
            }
            times.sort()
            let p50 = times[times.count / 2], p99 = times[times.count * 99 / 100]
            print("query \(name): p50 \(fmt(p50)) ms, p99 \(fmt(p99)) ms (500 people)")
            print("RESULT store_query=\(name) p50_ms=\(fmt(p50)) p99_ms=\(fmt(p99))")
        }
        print("RESULT store_edges=\(edgeCount) insert_s=\(fmt(insert)) edges_per_s=\(Int(Double(edgeCount) / insert))")
    }

    static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }
}
