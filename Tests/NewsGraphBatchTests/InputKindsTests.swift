import Foundation
import NewsGraph
import NewsGraphIngest
import Testing

/// Every kind of input: directory globs, JSONL, gzip, HTML, encodings, names.
@Suite struct InputKindsTests {
    @Test func directoryGlobsIncludeAndExclude() throws {
        let dir = try BatchTestSupport.scratch("globs")
        let fm = FileManager.default
        for f in ["a.txt", "b.html", "c.jsonl", "d.txt.gz", "e.md", "sub/f.txt", "sub/deep/g.txt", "archive/h.txt", ".hidden/i.txt"] {
            try fm.createDirectory(at: dir.appendingPathComponent(f).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("新闻".utf8).write(to: dir.appendingPathComponent(f))
        }
        func names(_ include: [String], _ exclude: [String]) -> [String] {
            InputCollector.collect([dir.path], filter: .init(include: include, exclude: exclude)).items
                .map { String($0.path.dropFirst(dir.path.count + 1)) }
        }
        #expect(names([], []) == ["a.txt", "archive/h.txt", "b.html", "c.jsonl", "d.txt.gz", "sub/deep/g.txt", "sub/f.txt"])
        #expect(names(["*.txt"], ["archive/**"]) == ["a.txt", "sub/deep/g.txt", "sub/f.txt"])
        #expect(names(["sub/**/*.txt"], []) == ["sub/deep/g.txt", "sub/f.txt"])
        #expect(names(["*.[th]*"], ["*.html", "sub/*"]) == ["a.txt", "archive/h.txt", "d.txt.gz", "sub/deep/g.txt"])
        #expect(names(["?.md"], []) == ["e.md"])
    }

    @Test func jsonlKeepsExtraFieldsAndReportsBadLinesByNumber() throws {
        let dir = try BatchTestSupport.scratch("jsonl")
        let file = dir.appendingPathComponent("feed.jsonl")
        try Data(
            """
            {"id": "n1", "text": "第一条。", "date": "2023-01-09", "url": "https://example.com/1", "rank": 3}
            {"id": "n2", "text": "第二条。"
            not json at all

            {"id": "n3", "body": "正文字段。"}
            {"text": "没有编号。"}
            {"id": "n4", "text": "第四条。"}
            """.utf8
        ).write(to: file)
        let stream = DocumentStream(items: [InputItem(path: file.path, name: "feed")])
        var documents: [SourceDocument] = []
        var failures: [NewsGraphError] = []
        while let item = stream.next() {
            switch item {
            case .document(let d): documents.append(d)
            case .failure(_, let e): failures.append(e)
            }
        }
        #expect(documents.map(\.name) == ["n1", "n4"])
        #expect(documents.map(\.origin) == [file.path + ":1", file.path + ":7"])
        guard case .record(let first) = documents[0].payload else { Issue.record("not a record"); return }
        #expect(first.metadata == ["date": "2023-01-09", "url": "https://example.com/1", "rank": "3"])
        #expect(failures.map(\.line) == [2, 3, 5, 6])
        #expect(failures.allSatisfy { $0.file == file.path })
        #expect(failures[2].message.contains("no \"text\" field"))

        // --text-field reads another field.
        let other = DocumentStream(items: [InputItem(path: file.path, name: "feed")], textField: "body")
        var names: [String] = []
        while let item = other.next() { if case .document(let d) = item { names.append(d.name) } }
        #expect(names == ["n3"])
    }

    @Test func gzipFilesAndJSONLAreRead() throws {
        let dir = try BatchTestSupport.scratch("gzip")
        let text = dir.appendingPathComponent("a.txt")
        try Data("北京市总工会召开座谈会。".utf8).write(to: text)
        let lines = dir.appendingPathComponent("b.jsonl")
        try Data("{\"id\": \"x\", \"text\": \"第一条。\"}\n{\"id\": \"y\", \"text\": \"第二条。\"}\n".utf8).write(to: lines)
        for f in [text, lines] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/gzip")
            p.arguments = ["-k", f.path]
            try p.run()
            p.waitUntilExit()
        }
        let doc = try DocumentLoader.load(InputItem(path: text.path + ".gz", name: "a"))
        #expect(doc.text.string == "北京市总工会召开座谈会。")
        let stream = DocumentStream(items: [InputItem(path: lines.path + ".gz", name: "b")])
        var names: [String] = []
        while let item = stream.next() { if case .document(let d) = item { names.append(d.name) } }
        #expect(names == ["x", "y"])
        // A corrupt gzip file is an error naming the file, not a crash.
        let bad = dir.appendingPathComponent("c.txt.gz")
        try Data([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03]).write(to: bad)
        #expect(throws: NewsGraphError.self) { try DocumentLoader.load(InputItem(path: bad.path, name: "c")) }
    }

    @Test func htmlGivesTheArticleWithoutBoilerplate() throws {
        let html = """
            <html><head><title>站点标题</title><script>var secret = "脚本文字";</script><style>.x{}</style></head>
            <body><header><h1>网站名称</h1></header><nav><a href="/">首页</a></nav>
            <div class="content"><h1>北京市总工会召开座谈会</h1>
            <p>本报讯（记者 张良）1月9日上午，北京市总工会党组书记王伟主持召开座谈会。</p>
            <p>会议指出&amp;强调，要抓好落实。</p>
            <div class="share-tools">分享到：微信</div>
            <p>上一篇：旧闻</p></div>
            <aside>热门排行</aside><footer>版权所有 新闻网</footer></body></html>
            """
        let text = try HTMLArticleText.extract(html: html, file: "p.html")
        #expect(text == "北京市总工会召开座谈会\n本报讯（记者 张良）1月9日上午，北京市总工会党组书记王伟主持召开座谈会。\n会议指出&强调，要抓好落实。")
        // No <h1>: the <title> is the headline.
        let titled = try HTMLArticleText.extract(html: "<title>标题行</title><p>正文。</p>", file: "t.html")
        #expect(titled == "标题行\n正文。")
    }

    @Test func malformedNestedHTMLStillGivesItsParagraphs() throws {
        let html = """
            <html><body><article><h1>标题<b>加粗</h1><div><div><p>第一段<i>斜体<p>第二段</div>
            <table><tr><td>单元格一<td>单元格二</table><ul><li>条目一<li>条目二</ul>
            <p>最后一段<br>换行</article><footer><p>页脚文字
            """
        let text = try HTMLArticleText.extract(html: html, file: "m.html")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "标题加粗")
        for expected in ["第一段斜体", "第二段", "单元格一", "单元格二", "条目一", "条目二", "最后一段", "换行"] {
            #expect(lines.contains(expected), "\(expected) in \(lines)")
        }
        #expect(!text.contains("页脚文字"))
    }

    @Test func declaredEntitiesAreNeverExpanded() throws {
        let secret = try BatchTestSupport.scratch("xxe").appendingPathComponent("secret.txt")
        try Data("TOP-SECRET-CONTENT".utf8).write(to: secret)
        let html = """
            <!DOCTYPE html [
              <!ENTITY xxe SYSTEM "file://\(secret.path)">
              <!ENTITY a "AAAAAAAAAA">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            ]>
            <html><body><h1>标题</h1><p>外部：&xxe; 膨胀：&c; 预定义：&lt;&gt;&amp;&quot;</p></body></html>
            """
        let text = try HTMLArticleText.extract(html: html, file: "x.html")
        #expect(!text.contains("TOP-SECRET"))
        #expect(!text.contains("AAAAAAAAAA"))
        #expect(text.count < 200)
        #expect(text.contains("<>&\""))
        #expect(text.contains("外部：&xxe;"))
        #expect(!text.contains("ENTITY"))
    }

    @Test func gb18030AndUTF16FilesAreDecoded() throws {
        let sentence = "北京市总工会党组书记王伟主持召开座谈会。"
        let gb = try Self.gb18030(sentence)
        #expect(try DocumentLoader.load(bytes: gb, name: "g", origin: "g.txt").text.string == sentence)
        #expect(try DocumentLoader.load(bytes: gb, name: "g", origin: "g.txt", encoding: .gb18030).text.string == sentence)
        // Forced UTF-8 keeps the UTF-8 error with its byte offset.
        do {
            _ = try DocumentLoader.load(bytes: gb, name: "g", origin: "g.txt", encoding: .utf8)
            Issue.record("GB18030 accepted as UTF-8")
        } catch {
            #expect(error.byteOffset == 0)
        }
        var le: [UInt8] = [0xFF, 0xFE], be: [UInt8] = [0xFE, 0xFF], bare: [UInt8] = []
        for u in sentence.utf16 {
            le += [UInt8(u & 0xFF), UInt8(u >> 8)]
            be += [UInt8(u >> 8), UInt8(u & 0xFF)]
            bare += [UInt8(u & 0xFF), UInt8(u >> 8)]
        }
        #expect(try DocumentLoader.load(bytes: le, name: "l", origin: "l.txt").text.string == sentence)
        #expect(try DocumentLoader.load(bytes: be, name: "b", origin: "b.txt").text.string == sentence)
        #expect(try DocumentLoader.load(bytes: bare, name: "n", origin: "n.txt", encoding: .utf16).text.string == sentence)
        // Neither UTF-8 nor GB18030: the UTF-8 error, with the byte offset.
        #expect(throws: NewsGraphError(file: "bad.txt", byteOffset: 6, message: "invalid UTF-8 (1 bad byte(s) starting 0xFF)")) {
            try DocumentLoader.load(bytes: Array("新闻".utf8) + [0xFF, 0x41], name: "bad", origin: "bad.txt")
        }
    }

    /// GB18030 bytes, from iconv (the test must not trust the decoder it tests).
    static func gb18030(_ s: String) throws -> [UInt8] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        p.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        input.fileHandleForWriting.write(Data(s.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Array(data)
    }

    @Test func unsafeIdsBecomeSafeDistinctNames() {
        let ids = ["../../x", "/etc/passwd", ".", "..", ".hidden", "a/b", "a%2Fb", "a b", "a~b", "C:\\x", "正常-id_1.2", "\u{0}x"]
        let names = ids.map(DocumentName.sanitize)
        #expect(Set(names).count == ids.count)
        for n in names {
            #expect(!n.contains("/") && !n.hasPrefix(".") && !n.isEmpty && !n.contains("\0"))
        }
        #expect(DocumentName.sanitize("正常-id_1.2") == "正常-id_1.2")
        #expect(DocumentName.sanitize("../../x") == "%2E.%2F..%2Fx")
        let long = String(repeating: "新", count: 200)
        #expect(DocumentName.sanitize(long).utf8.count <= DocumentName.maxBytes)
        #expect(DocumentName.sanitize(long) != DocumentName.sanitize(long + "闻"))
    }

    @Test func namesStayUniqueInInputOrder() {
        var names = UniqueNames()
        #expect(["a", "a", "a-2", "graph", "a"].map { names.claim($0) } == ["a", "a-2", "a-2-2", "graph-2", "a-3"])
    }

    @Test func aDateInTheMetadataDatesTheEvent() throws {
        let pipeline = try Pipeline(rulesDirectory: BatchTestSupport.repository.appendingPathComponent("Rules").path)
        let text = "北京市总工会召开座谈会\n1月9日上午，北京市总工会召开座谈会，党组书记王伟出席。"
        let record = JSONLRecord(id: "d", text: text, metadata: ["date": "2023-01-10"])
        let dated = pipeline.process(try DocumentLoader.load(record: record, name: "d", origin: "d.jsonl:1")).graph
        let undated = pipeline.process(DocumentLoader.load(string: text, name: "d")).graph
        func startDates(_ g: Graph) -> [String] {
            g.nodes.filter { $0.kind == .event }.compactMap { $0.properties["startDate"]?.text }
        }
        #expect(startDates(dated) == ["2023-01-09"])
        #expect(startDates(undated) == [])
    }
}
