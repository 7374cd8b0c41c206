import Foundation
import NewsGraphCore
import NewsGraphEval
import Testing

@Suite struct GoldDocumentTests {
    let json = """
        {
          "doc": "t9.txt",
          "banner": "奋进新征程",
          "articles": [
            {"headline": "青溪市总工会走访慰问", "subheadline": "送温暖", "authors": [{"person": "甄一鸣", "role": "记者"}]},
            {"headline": null, "authors": []}
          ],
          "entities": {
            "Person": [{"name": "甄一鸣", "aliases": []}, {"name": "苏明远", "aliases": []}],
            "Title": [{"name": "主席", "aliases": []}],
            "Organization": [{"name": "青溪市总工会", "aliases": ["市总工会"]}],
            "Location": []
          },
          "holds": [{"person": "苏明远", "title": "主席", "org": "市总工会"}],
          "events": [{"label": "走访慰问活动", "date": "1月3日", "locations": [], "organizers": ["青溪市总工会"],
                      "attendees": ["苏明远"]},
                     {"label": "审议", "locations": [], "organizers": [], "attendees": []}]
        }
        """

    @Test func decodesTheGoldFormat() throws {
        let g = try GoldDocument.decode(Data(json.utf8), file: "t9.gold.json")
        #expect(g.doc == "t9.txt")
        #expect(g.documentName == "t9")
        #expect(g.banner == "奋进新征程")
        #expect(g.articles.count == 2)
        #expect(g.articles[0].subheadline == "送温暖")
        #expect(g.articles[1].headline == nil)
        #expect(g.entities(.person).map(\.name) == ["甄一鸣", "苏明远"])
        #expect(g.entities(.organization).first?.aliases == ["市总工会"])
        #expect(g.holds == [.init(person: "苏明远", title: "主席", org: "市总工会")])
        #expect(g.events[0].date == "1月3日")
        #expect(g.events[1].date == nil)
    }

    @Test func errorsNameTheFileAndThePlace() {
        let broken = json.replacingOccurrences(of: "\"label\": \"审议\", ", with: "")
        #expect {
            try GoldDocument.decode(Data(broken.utf8), file: "t9.gold.json")
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("t9.gold.json: ") && text.contains("events[1]") && text.contains("label")
        }
        #expect {
            try GoldDocument.decode(Data("{\"doc\": ".utf8), file: "bad.gold.json")
        } throws: { "\($0)".hasPrefix("bad.gold.json: ") }
        let unknownType = json.replacingOccurrences(of: "\"Location\": []", with: "\"Place\": []")
        #expect {
            try GoldDocument.decode(Data(unknownType.utf8), file: "t9.gold.json")
        } throws: { "\($0)".contains("Place") }
        #expect(throws: NewsGraphError.self) { try GoldDocument.load(path: "/nonexistent/x.gold.json") }
    }

    @Test func goldScoredAgainstItselfIsPerfect() throws {
        let g = try GoldDocument.decode(Data(json.utf8), file: "t9.gold.json")
        let r = Scorer().score(gold: g, system: SystemDocument(graph: Graph(gold: g), document: g.documentName))
        for row in EvalReport.Row.allCases {
            #expect(r[row].f1 == 1, "\(row.rawValue)")
            #expect(r[row].fp == 0 && r[row].fn == 0 && r[row].fragments == 0, "\(row.rawValue)")
        }
        #expect(r[.holds].tp == 1 && r[.event].tp == 2 && r[.headline].tp == 1 && r[.author].tp == 1)
    }
}

@Suite struct SystemDocumentTests {
    @Test func keepsOnlyTheNamedDocument() {
        var a = GraphBuilder(document: "t1")
        a.entity(.person, "甄一鸣")
        var b = GraphBuilder(document: "t2")
        b.entity(.person, "苏明远")
        b.article(1, headline: "白沙镇举办技能比武")
        var g = a.graph
        g.merge(b.graph)
        let t1 = SystemDocument(graph: g, document: "t1.txt")
        #expect(t1.entities(.person).map(\.name) == ["甄一鸣"])
        #expect(t1.articles.isEmpty)
        #expect(SystemDocument(graph: g, document: "t2").articles.map(\.headline) == ["白沙镇举办技能比武"])
        #expect(SystemDocument(graph: g).entities(.person).count == 2)
    }

    @Test func readsHoldsFromHoldsAndOrgLessHasTitleEdges() {
        var b = GraphBuilder()
        let p = b.entity(.person, "柯小川")
        b.holds(p, "主席", b.entity(.organization, "青溪市总工会"))
        b.title(p, "副镇长")
        let s = b.system
        #expect(s.holds.count == 2)
        #expect(s.holds.contains { $0.title == "主席" && $0.org == NodeID(.organization, "青溪市总工会") })
        #expect(s.holds.contains { $0.title == "副镇长" && $0.org == nil })
        #expect(s.holds.allSatisfy { $0.rule != nil })
    }
}

@Suite struct ReportTests {
    func sampleReport() -> EvalReport {
        let gold = GoldDocument(
            doc: "t1.txt",
            entities: [.person: [.init(name: "甄一鸣"), .init(name: "苏明远")]])
        var b = GraphBuilder()
        b.entity(.person, "甄一鸣")
        b.entity(.person, "甄一", rule: "person.surname-given")
        return Scorer().score(gold: gold, system: b.system)
    }

    @Test func tableIsAligned() {
        let lines = sampleReport().table().split(separator: "\n")
        #expect(lines.count == 1 + EvalReport.Row.allCases.count)
        #expect(lines[0].hasPrefix("row"))
        #expect(Set(lines.map(\.count)).count == 1)  // every line equally wide
        #expect(lines[1].hasPrefix("Person") && lines[1].hasSuffix("0.500"))
    }

    @Test func verboseListsMissesAndFalsePositivesWithRules() {
        let v = sampleReport().verbose()
        #expect(v.contains("Person\tt1.txt\t苏明远"))
        #expect(v.contains("Person\tt1.txt\t甄一\t[rule: person.surname-given]"))
    }

    @Test func jsonIsDeterministicAndSorted() throws {
        let a = sampleReport().json(), b = sampleReport().json()
        #expect(a == b)
        let object = try JSONSerialization.jsonObject(with: Data(a.utf8)) as? [String: Any]
        let rows = object?["rows"] as? [[String: Any]]
        #expect(rows?.map { $0["row"] as? String } == EvalReport.Row.allCases.map(\.rawValue))
        #expect(rows?.first?["f1"] as? Double == 0.5)
        // Keys sorted: "documents" < "items" < "rows".
        let d = try #require(a.range(of: "\"documents\"")), i = try #require(a.range(of: "\"items\""))
        #expect(d.lowerBound < i.lowerBound)
    }
}

@Suite struct FloorTests {
    @Test func parsesAndReportsRowsBelowTheFloor() throws {
        let floor = try Floor(parsing: """
            # minimum scores
            Person 0.80
            holds R 0.5   # recall only
            author 0.0

            """)
        #expect(floor.entries.count == 3)
        #expect(floor.entries[1] == .init(row: .holds, metric: .recall, minimum: 0.5))
        #expect(floor.entries[2].row == .author)

        var report = EvalReport(counts: [.person: .init(tp: 1, fp: 1, fn: 0), .holds: .init(tp: 1, fp: 5, fn: 1)])
        #expect(floor.rowsBelow(in: report) == [.person])  // F1 0.667 < 0.8; holds recall 0.5 is not below
        #expect(floor.violations(in: report).first?.description == "Person F1 0.667 < 0.800")
        report.counts[.person] = .init(tp: 4, fp: 1, fn: 0)
        #expect(floor.rowsBelow(in: report).isEmpty)
    }

    @Test func errorsNameTheLine() {
        #expect {
            try Floor(parsing: "Person 0.8\nPersons 0.5\n", file: "eval-floor.txt")
        } throws: { "\($0)".hasPrefix("eval-floor.txt:2: unknown row") }
        #expect(throws: NewsGraphError.self) { try Floor(parsing: "Person high") }
        #expect(throws: NewsGraphError.self) { try Floor(parsing: "Person X 0.5") }
        #expect(throws: NewsGraphError.self) { try Floor(parsing: "Person 1.5") }
    }
}
