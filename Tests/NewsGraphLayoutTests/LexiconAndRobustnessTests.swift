import Foundation
import NewsGraphCore
import NewsGraphIngest
import Testing
@testable import NewsGraphLayout

@Suite struct LexiconTests {
    @Test func loadsThePackageRules() {
        let lexicon = LayoutFixtures.lexicon
        #expect(!lexicon.datelineEndings.isEmpty)
        #expect(!lexicon.roleWords.isEmpty)
        #expect(lexicon.surnames.count > 100)
    }

    @Test func surnameTableKeepsTheFirstRankAndPrefersCompounds() {
        var table = SurnameTable()
        table.add(Array("欧".unicodeScalars), rank: 1)
        table.add(Array("欧阳".unicodeScalars), rank: 2)
        table.add(Array("欧".unicodeScalars), rank: 3)
        table.add(Array("𠀋".unicodeScalars), rank: 4)  // outside the BMP
        let text = Array("欧阳明欧丽𠀋华".unicodeScalars)
        #expect(table.lookup(text, at: 0, end: text.count)! == (2, 2))
        #expect(table.lookup(text, at: 0, end: 1)! == (1, 1))  // the compound would cross the end
        #expect(table.lookup(text, at: 3, end: text.count)! == (1, 1))
        #expect(table.lookup(text, at: 5, end: text.count)! == (1, 4))
        #expect(table.lookup(text, at: 2, end: text.count) == nil)
        #expect(table.count == 3)
    }

    @Test func errorsNameTheFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("layout-rules-\(UUID().uuidString)")
        let layoutDir = dir.appendingPathComponent("layout")
        try FileManager.default.createDirectory(at: layoutDir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["datelines.txt", "furniture.txt", "surnames.txt"] {
            try FileManager.default.copyItem(
                atPath: LayoutFixtures.rulesDirectory + "/layout/" + name, toPath: layoutDir.appendingPathComponent(name).path)
        }
        try "# roles\n记者\t记者\n编辑\t编审员\n".write(
            to: layoutDir.appendingPathComponent("byline-roles.txt"), atomically: true, encoding: .utf8)
        #expect {
            try LayoutLexicon.load(rulesDirectory: dir.path)
        } throws: { error in
            guard let e = error as? NewsGraphError else { return false }
            return e.file.hasSuffix("byline-roles.txt") && e.line == 3 && e.description.contains("编审员")
        }
        #expect(throws: NewsGraphError.self) { try LayoutLexicon.load(rulesDirectory: "/nonexistent-rules") }
    }
}

@Suite struct RobustnessTests {
    @Test(arguments: [
        "", "\n\n\n", "   \n \n", "。。。！！！？？？", "（", "）", "(记者", "讯", "电", "本报讯", "本报讯（",
        "本报讯（记者 ）", "（记者）", "摄", "本报记者 摄", "· \n•\n|\n", "#月#日", "第版", "九\n\n州",
        "标题\n\n\n", "\u{3000}\u{3000}\n\u{3000}", "a\nb\nc\n", "“”\n‘’\n", "（（（（））））",
    ])
    func oddInputsDoNotCrash(_ text: String) {
        let page = LayoutFixtures.page(text)
        for a in page.articles {
            #expect(a.span.end <= page.text.count)
            #expect(a.body.end <= page.text.count)
            for b in a.authors { #expect(b.span.end <= page.text.count) }
        }
        #expect(page.offsets.source(page.text.count) == DocumentLoader.load(string: text, name: "x").text.count)
    }

    /// A menu bar: most of its words are menu words, and dates among the rest do not count
    /// against it; a line with no menu word, or too few, is not one.
    @Test func menuBarsCountTheirDatesApart() {
        let classifier = LineClassifier(lexicon: LayoutFixtures.lexicon)
        func kind(_ line: String) -> LineKind {
            let s = Array(line.unicodeScalars)
            var names: [Byline] = []
            return classifier.classify(s, TextLine(start: 0, end: s.count, contentStart: 0, contentEnd: s.count), names: &names).kind
        }
        #expect(kind("2021-12-02 2021年12月2日 收藏 打印") == .navigation)
        #expect(kind("收藏 打印 推荐") == .navigation)
        #expect(kind("收藏 城北 社区 运动会") != .navigation)
        #expect(kind("2021-12-02 城北社区举办亲子运动会") != .navigation)
    }

    @Test func randomTextDoesNotCrash() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("本报讯电记者摄（）() \n\n。，、“”的一是在了人有中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞".unicodeScalars)
        for _ in 0..<20 {
            var v = String.UnicodeScalarView()
            for _ in 0..<2000 { v.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            let page = LayoutFixtures.page(String(v))
            for a in page.articles { #expect(a.span.end <= page.text.count) }
        }
    }

    @Test func aLongLineWithoutBreaks() {
        let text = String(repeating: "本报讯工会为职工办实事", count: 100_000)
        let page = LayoutFixtures.page(text)
        #expect(page.text.count == text.unicodeScalars.count)
        #expect(page.articles.count == 1)
    }

    @Test func manyShortLines() {
        var text = ""
        for i in 0..<20_000 { text += i % 3 == 0 ? "短行\n\n" : "这是一段没有结尾的文字\n" }
        let page = LayoutFixtures.page(text)
        #expect(page.text.count <= text.unicodeScalars.count)
    }
}

@Suite struct ScaleTests {
    @Test func manyBylineAndLeadLinesStayLinear() {
        var text = ""
        for i in 0..<30_000 {
            text += i % 2 == 0 ? "本报记者 温 岚 摄\n" : "本报讯（记者 林晓雯）\n"
        }
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = LayoutFixtures.page(text) }
        #expect(elapsed < .seconds(20))
    }
}
