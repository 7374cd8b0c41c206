import Foundation
import NewsGraph
import NewsGraphQuery
import NewsGraphStore
import Testing

/// Every query, on both backends: the SQLite store and the in-memory graph.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case store, memory
    var testDescription: String { rawValue }

    func engine(_ graphs: [Graph] = [QueryFixture.graph()]) throws -> QueryEngine {
        switch self {
        case .store:
            let store = try QueryFixture.store("query")
            for (i, g) in graphs.enumerated() { try store.write(graph: g, document: "doc\(i + 1)", contentHash: "h") }
            return QueryEngine(source: store)
        case .memory:
            var g = Graph()
            for x in graphs { g.merge(x) }
            return QueryEngine(source: MemoryGraphSource(graph: g))
        }
    }
}

@Suite struct QueryTests {
    typealias F = QueryFixture

    @Test(arguments: Backend.allCases) func attended(_ backend: Backend) throws {
        let rows = try backend.engine().attended("张良")
        #expect(rows.map(\.event.name) == ["全市工会工作会议", "调研活动"])  // dated first
        let meeting = rows[0]
        #expect(meeting.roles == ["leader"] && meeting.date == "3月5日" && meeting.startDate == "2024-03-05")
        #expect(meeting.places.map(\.name) == ["北京市"] && meeting.organizers.map(\.name) == ["北京市总工会"])
        #expect(meeting.coAttendees.map(\.name) == ["李明", "王芳"])
        #expect(rows[1].coAttendees.isEmpty && rows[1].startDate == "" && rows[1].places.map(\.name) == ["上海市"])
        // An alias, and the id, find him too.
        #expect(try backend.engine().attended("良哥").map(\.event.id) == rows.map(\.event.id))
        #expect(try backend.engine().attended("person:张良").map(\.event.id) == rows.map(\.event.id))
        let table = try backend.engine().run(.attended(person: "王芳"))
        #expect(table.column("role") == ["speaker", "accompanying"])
        #expect(table.column("coAttendees") == ["张良、李明", "李明"])
    }

    @Test(arguments: Backend.allCases) func attendedAcrossDocuments(_ backend: Backend) throws {
        let rows = try backend.engine([F.graph(), F.second()]).attended("张书记")
        #expect(rows.map(\.event.name) == ["全市工会工作会议", "走访慰问", "调研活动"])
        #expect(rows[1].coAttendees.map(\.name) == ["孙丽"])
    }

    @Test(arguments: Backend.allCases) func attendees(_ backend: Backend) throws {
        let rows = try backend.engine().attendees("全市工会工作会议")
        #expect(rows.map(\.person.name) == ["张良", "李明", "王芳"])
        #expect(rows.map(\.roles) == [["leader"], ["participant"], ["speaker"]])
    }

    @Test(arguments: Backend.allCases) func holds(_ backend: Backend) throws {
        let e = try backend.engine()
        let zhang = try e.holds("张良")
        #expect(zhang.map { [$0.title, $0.organization] } == [["党组书记", "北京市总工会"]])
        #expect(zhang.first?.organizationID == F.cityUnion)
        #expect(try e.holds("王芳").map { [$0.title, $0.organization] } == [["主席", ""]])
        #expect(try e.holds("赵强").isEmpty)
    }

    @Test(arguments: Backend.allCases) func who(_ backend: Backend) throws {
        let e = try backend.engine()
        #expect(try e.who(title: "主席").map { [$0.person.name, $0.organization] } == [["李明", "朝阳区总工会"], ["王芳", ""]])
        #expect(try e.who(title: "主席", organization: "朝阳区总工会").map(\.person.name) == ["李明"])
        #expect(try e.who(title: "党组书记", organization: "市总工会").map(\.person.name) == ["张良"])  // by alias
        #expect(try e.who(title: "副主席", organization: "北京市总工会").isEmpty)
        #expect(throws: QueryError.self) { try e.who(title: "总经理") }
    }

    @Test(arguments: Backend.allCases) func events(_ backend: Backend) throws {
        let e = try backend.engine()
        #expect(try e.events().map(\.event.name) == ["全市工会工作会议", "朝阳区职工座谈会", "调研活动"])
        // 朝阳区 is part of 北京市.
        #expect(try e.events(EventFilter(at: "北京市")).map(\.event.name) == ["全市工会工作会议", "朝阳区职工座谈会"])
        #expect(try e.events(EventFilter(at: "朝阳区")).map(\.event.name) == ["朝阳区职工座谈会"])
        #expect(try e.events(EventFilter(by: "市总工会")).map(\.event.name) == ["全市工会工作会议"])
        #expect(try e.events(EventFilter(from: "2024-04")).map(\.event.name) == ["朝阳区职工座谈会"])
        #expect(try e.events(EventFilter(from: "2024-03-06", to: "2024-04-02")).map(\.event.name) == ["朝阳区职工座谈会"])
        #expect(try e.events(EventFilter(to: "2024-03")).map(\.event.name) == ["全市工会工作会议"])
        #expect(try e.events(EventFilter(from: "2024")).count == 2)  // 调研活动 has no ISO date
        #expect(try e.events(EventFilter(at: "北京市", by: "朝阳区总工会")).map(\.event.name) == ["朝阳区职工座谈会"])
        #expect(throws: QueryError.invalidDate("2024/03")) { try e.events(EventFilter(from: "2024/03")) }
        let result = try e.run(.events(EventFilter(at: "北京市")))
        #expect(result.column("attendees") == ["3", "2"])
    }

    @Test(arguments: Backend.allCases) func path(_ backend: Backend) throws {
        let e = try backend.engine()
        let steps = try e.path(from: "张良", to: "陈刚")
        #expect(steps.map(\.to.name) == ["全市工会工作会议", "李明", "朝阳区总工会", "陈刚"])
        #expect(steps.map(\.forward) == [true, false, true, false])
        #expect(steps.map(\.edge.kind) == [.attended, .attended, .holds, .holds])
        let rows = try e.run(.path(from: "张良", to: "陈刚"))
        #expect(rows.column("relation") == ["→ attended (leader)", "← attended (participant)", "→ holds (主席)", "← holds (副主席)"])
        #expect(throws: QueryError.noPath(from: "张良", to: "赵强")) { try e.path(from: "张良", to: "赵强") }
        #expect(try e.path(from: "张良", to: "良哥").isEmpty)
    }

    @Test(arguments: Backend.allCases) func misspelledNameSuggestsNearest(_ backend: Backend) throws {
        let e = try backend.engine()
        do {
            _ = try e.attended("张亮")
            Issue.record("no error")
        } catch let QueryError.unknownName(kind, name, suggestions) {
            #expect(kind == "person" && name == "张亮")
            #expect(suggestions.count == 3 && suggestions.first == "张良")
        }
        #expect(try e.suggestions(for: "北京总工会", kind: .organization).first == "北京市总工会")
        let message = "\(QueryError.unknownName(kind: "person", name: "张亮", suggestions: ["张良", "良哥"]))"
        #expect(message == "unknown person \"张亮\"; did you mean: 张良, 良哥?")
    }

    @Test func jsonLDFilesLoad() throws {
        let dir = try QueryFixture.temporaryDirectory("jsonld")
        try GraphFileWriter.write(graph: F.graph(), name: "doc1", format: .jsonld, to: dir + "/doc1.jsonld")
        try GraphFileWriter.write(graph: F.second(), name: "doc2", format: .jsonld, to: dir + "/doc2.jsonld")
        let fromDir = QueryEngine(source: try MemoryGraphSource.load(jsonld: [dir]))
        #expect(try fromDir.attended("张良").count == 3)
        let oneFile = QueryEngine(source: try MemoryGraphSource.load(jsonld: [dir + "/doc1.jsonld"]))
        #expect(try oneFile.attended("张良").count == 2)
        #expect(throws: NewsGraphError.self) { try MemoryGraphSource.load(jsonld: [dir + "/missing.jsonld"]) }
    }
}

@Suite struct FormatterTests {
    let result = QueryResult(
        columns: [.init("person"), .init("title"), .init("n"), .init("id", inTable: false)],
        rows: [
            [.text("张良"), .text("党组书记"), .int(1), .text("person:张良")],
            [.text("Li Ming"), .text("主席"), .int(12), .text("person:Li")],
            [.text("欧阳娜娜"), .list(["a", "副主席"]), .int(3), .text("x")],
        ])

    @Test func displayWidth() {
        #expect(DisplayWidth.of("张良") == 4)
        #expect(DisplayWidth.of("Li 明") == 5)
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth
        #expect(DisplayWidth.of("e\u{301}") == 1)  // combining accent
        #expect(DisplayWidth.of("，。") == 4)
    }

    @Test func tableAlignsOnDisplayWidth() {
        let table = ResultFormatter.table(result)
        #expect(
            table == """
                person    title      n
                --------  ---------  --
                张良      党组书记   1
                Li Ming   主席       12
                欧阳娜娜  a、副主席  3

                """)
        // Every column starts at the same display column on every line.
        let lines = table.split(separator: "\n").map(String.init)
        for line in lines {
            let n = line.last.map(String.init) ?? ""
            let start = DisplayWidth.of(String(line.dropLast(line.hasSuffix("12") || line.hasSuffix("--") ? 2 : 1)))
            #expect(start == 21, "\(line): \(n)")
        }
        #expect(!table.contains("person:张良"))  // JSON-only column
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func csvQuotesPerRFC4180() {
        #expect(ResultFormatter.csvField("张良") == "张良")
        #expect(ResultFormatter.csvField("a,b") == "\"a,b\"")
        #expect(ResultFormatter.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(ResultFormatter.csvField("two\nlines") == "\"two\nlines\"")
        #expect(ResultFormatter.csvField("cr\rhere") == "\"cr\rhere\"")
        #expect(ResultFormatter.csvField(" padded") == "\" padded\"")
        #expect(ResultFormatter.csvField("") == "")
        let csv = ResultFormatter.csv(
            QueryResult(columns: [.init("name"), .init("note")], rows: [[.text("张良"), .text("书记,\"主席\"")]]))
        #expect(csv == "name,note\r\n张良,\"书记,\"\"主席\"\"\"\r\n")
    }

    @Test func jsonIsValidWithTypes() throws {
        let json = ResultFormatter.json(result)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.count == 3)
        #expect(parsed[0]["person"] as? String == "张良" && parsed[0]["id"] as? String == "person:张良")
        #expect(parsed[1]["n"] as? Int == 12)
        #expect(parsed[2]["title"] as? [String] == ["a", "副主席"])
        #expect(ResultFormatter.json(QueryResult(columns: [.init("a")], rows: [])) == "[]\n")
    }
}
