import Foundation
import Testing

/// `explain`, `explain --why-not`, `rules test` and `eval`, on the committed sample.
@Suite struct ExplainEvalRulesTests {
    @Test func explainShowsArticlesEntitiesRulesAndRelations() throws {
        let r = try CommandRunner.run(["explain", "Samples/shunyi-weekly.txt"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = r.stdout
        #expect(out.contains("article 1 "))
        #expect(out.contains("author 苏文清 [记者]"))
        #expect(out.contains("author 吕航 [摄影]"))  // the photo credit, spaced name joined
        #expect(out.contains("Person 韩立群"))
        #expect(out.contains("(Rules/zh/person.rules:"))  // each annotation names its rule's file and line
        #expect(out.contains("holds 韩立群 | 党组书记 | 顺义区总工会"))
        // The PDF breaks are repaired before extraction: the name cut from its verb is found.
        #expect(out.contains("Person 谭书敏"))
    }

    @Test func whyNotTellsWhichRulesCameNearest() throws {
        let r = try CommandRunner.run(["explain", "Samples/shunyi-weekly.txt", "--why-not", "雁栖镇党委"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("雁栖镇党委 at "))
        #expect(r.stdout.contains("accepted") || r.stdout.contains("lost to") || r.stdout.contains("failed"))
    }

    @Test func whyNotSaysWhenTheNameIsNotWritten() throws {
        let r = try CommandRunner.run(["explain", "Samples/shunyi-weekly.txt", "--why-not", "不存在的名字"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("is not written in"))
    }

    @Test func explainOfAMissingFileExitsOne() throws {
        let r = try CommandRunner.run(["explain", "Samples/missing.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("Samples/missing.txt"))
    }

    /// Two short items of a feed, written for this test, and a line that is not JSON.
    static let feed = """
        {"id": "feed-1", "text": "市政府召开常务会议。副市长周建国主持会议。"}
        {"id": "feed-2", "text": "县总工会走访慰问一线职工。县总工会主席吴海燕带队。"}
        {"id": "feed-3", "text": "区教育局局长钱
        """

    @Test func explainGoesThroughAJSONLFileRecordByRecord() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("feed.jsonl", Self.feed)
        let r = try CommandRunner.run(["explain", file])
        // The unreadable third line is reported by file and line, after the others are explained.
        #expect(r.status == 1)
        #expect(r.stderr.contains("feed.jsonl:3:"), "\(r.stderr)")
        #expect(r.stdout.contains("== feed-1 (\(file):1) =="))
        #expect(r.stdout.contains("== feed-2 (\(file):2) =="))
        #expect(r.stdout.contains("Person 周建国"))
        #expect(r.stdout.contains("Person 吴海燕"))
        // The text is the record's, not the line's JSON.
        #expect(!r.stdout.contains("\"text\""))
    }

    @Test func explainPicksOneRecordByItsID() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("feed.jsonl", Self.feed)
        let r = try CommandRunner.run(["explain", file, "--id", "feed-2"])
        #expect(r.stdout.contains("Person 吴海燕"))
        #expect(!r.stdout.contains("feed-1"))
        let missing = try CommandRunner.run(["explain", file, "--id", "feed-9"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no record has the id feed-9"))
    }

    @Test func whyNotInAJSONLFileShowsOnlyTheRecordsWhereTheNameIsWritten() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("feed.jsonl", Self.feed.split(separator: "\n").prefix(2).joined(separator: "\n"))
        let all = try CommandRunner.run(["explain", file, "--why-not", "吴海燕"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.hasPrefix("== feed-2 "))
        #expect(!all.stdout.contains("feed-1"))
        let r = try CommandRunner.run(["explain", file, "--id", "feed-2", "--why-not", "吴海燕"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("== feed-2 "))
        #expect(r.stdout.contains("吴海燕 at "))
        let nowhere = try CommandRunner.run(["explain", file, "--id", "feed-1", "--why-not", "吴海燕"])
        #expect(nowhere.stdout.contains("吴海燕 is not written in \(file)"))
    }

    @Test func rulesExamplesPass() throws {
        let r = try CommandRunner.run(["rules", "test"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains(" passed, 0 failed"))
    }

    /// A gold directory made in the test: the sample beside a hand-written gold file.
    static func goldDirectory(_ scratch: ScratchDirectory) throws -> String {
        try scratch.write("gold/shunyi-weekly.txt", try SampleFiles.pageData())
        try scratch.write("gold/shunyi-weekly.gold.json", try Data(contentsOf: SampleFiles.gold))
        return scratch.path("gold")
    }

    @Test func evalScoresTheSampleAgainstItsGold() throws {
        let scratch = try ScratchDirectory()
        let r = try CommandRunner.run(["eval", try Self.goldDirectory(scratch)])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Dictionary(
            r.stdout.split(separator: "\n").compactMap { line -> (String, [String])? in
                let f = line.split(separator: " ").map(String.init)
                return f.count == 8 ? (f[0], f) : nil
            }, uniquingKeysWith: { a, _ in a })
        for row in ["Person", "Title", "Organization", "Location", "holds", "attended", "Headline", "Author"] {
            #expect(rows[row] != nil, "no \(row) row in:\n\(r.stdout)")
        }
        // The sample is written to be read right: every person, headline and author.
        #expect(rows["Person"]?.last == "1.000")
        #expect(rows["Headline"]?.last == "1.000")
        #expect(rows["Author"]?.last == "1.000")
    }

    @Test func evalFailsBelowTheFloorAndNamesTheRow() throws {
        let scratch = try ScratchDirectory()
        let gold = try Self.goldDirectory(scratch)
        // A holds triple the page does not state: holds recall can no longer be 1.
        let goldFile = scratch.path("gold/shunyi-weekly.gold.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: goldFile))) as! [String: Any]
        json["holds"] = (json["holds"] as? [Any] ?? []) + [["person": "不存在", "title": "主席", "org": ""]]
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: goldFile))
        let floor = try scratch.write("floor.txt", "# test floor\nPerson 0.5\nholds R 1.0\n")
        let r = try CommandRunner.run(["eval", gold, "--floor", floor])
        #expect(r.status == 1)
        #expect(r.stderr.contains("holds R"), "\(r.stderr)")
        #expect(!r.stderr.contains("Person"))
    }

    @Test func evalOfTheSystemFilesOfAnEarlierRun() throws {
        let scratch = try ScratchDirectory()
        let gold = try Self.goldDirectory(scratch)
        let r = try CommandRunner.run(["eval", gold, "--system", "Output", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil, "not JSON: \(r.stdout)")
    }
}
