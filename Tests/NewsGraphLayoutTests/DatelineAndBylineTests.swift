import NewsGraphCore
import Testing
@testable import NewsGraphLayout

@Suite struct DatelineAndBylineTests {
    let datelines = DatelineParser(lexicon: LayoutFixtures.lexicon)
    let bylines = BylineParser(lexicon: LayoutFixtures.lexicon)

    func dateline(_ line: String) -> String? {
        let s = Array(line.unicodeScalars)
        return datelines.parse(s, 0, s.count).map { String(String.UnicodeScalarView(s[0..<$0])) }
    }

    func byline(_ text: String, _ mode: BylineParser.Mode = .bracket) -> [String]? {
        let s = Array(text.unicodeScalars)
        var names: [Byline] = []
        return bylines.parse(s, 0, s.count, mode: mode, rule: "r", creditRule: "c", into: &names).map {
            names[$0.names].map { "\($0.name)/\($0.role?.rawValue ?? "-")" }
        }
    }

    @Test(arguments: [
        ("本报讯（记者 林晓雯）近日，", "本报讯"),
        ("本站讯 百年老校迎来新生。", "本站讯"),
        ("新华社南宁5月8日电(记者韩立新)5月7日，", "新华社南宁5月8日电"),
        ("新华社北京电 今天，", "新华社北京电"),
        ("中新网江苏新闻3月5日电 (覃秋燕)近日", "中新网江苏新闻3月5日电"),
        ("北国网漠河2月3日讯 2月2日上午，", "北国网漠河2月3日讯"),
        ("本报杭州12月1日电 记者从省里获悉，", "本报杭州12月1日电"),
        ("讯 （记者 林晓雯）近日", "讯"),
        ("央视网消息（记者 东方晓岚 裴 骏）：6月17日凌晨，", "央视网消息"),
        // A local paper's brief: a short place name, 讯 and the byline's bracket.
        ("衡阳讯（记者 林晓雯）近日，", "衡阳讯"),
        // An outlet named by its suffix alone, before the byline's bracket.
        ("临江县融媒体中心讯（记者 林晓雯 通讯员 孟繁宇）近日，", "临江县融媒体中心讯"),
    ])
    func readsDatelines(_ line: String, _ expected: String) {
        #expect(dateline(line) == expected)
    }

    @Test(arguments: [
        "本报电视台今天播出了专题片。",
        "电视台记者在现场采访。",
        "记者近日从市里获悉，",
        "据新华社报道，",
        "7月21日下午，市政协副主席一行调研。",
        // A word ending in 讯 is no brief without the bracket after it.
        "移动通讯行业迎来新机遇。",
        "民生资讯（第十二期）",
        // The suffix without the bracket after 讯 is prose.
        "县融媒体中心讯息平台上线。",
    ])
    func rejectsProseOpenings(_ line: String) {
        #expect(dateline(line) == nil)
    }

    @Test func bracketBylines() {
        #expect(byline("记者 林晓雯") == ["林晓雯/记者"])
        #expect(byline("记者韩立新") == ["韩立新/记者"])
        #expect(byline("记者 何嘉明 通讯员 孟繁宇 刘子涵") == ["何嘉明/记者", "孟繁宇/通讯员", "刘子涵/通讯员"])
        #expect(byline("覃秋燕 韦振宁") == ["覃秋燕/作者", "韦振宁/作者"])
        #expect(byline("采访人员 欧阳明远") == ["欧阳明远/记者"])
        #expect(byline("记者 宁远 实习生 罗晓") == ["宁远/记者", "罗晓/记者"])  // an intern reports
        #expect(byline("文/蔡雨桐 图/江一舟") == ["蔡雨桐/作者", "江一舟/摄影"])
        // A `·` name needs a role word: a bracket of its own with a `·` is a section label.
        #expect(byline("记者 阿依古丽·买买提") == ["阿依古丽·买买提/记者"])
        #expect(byline("在春天的原野上·春耕时节") == nil)
        // An outlet's own reporter written as one word: the outlet is no name.
        #expect(byline("衡阳日报记者 林晓雯 通讯员 孟繁宇") == ["林晓雯/记者", "孟繁宇/通讯员"])
        #expect(byline("新华社记者 韩立新") == ["韩立新/记者"])
        #expect(byline("林晓雯记者 孟繁宇") == nil)
    }

    @Test func bylineLines() {
        #expect(byline("本报记者苏明远钱嘉怡", .line) == ["苏明远/记者", "钱嘉怡/记者"])
        #expect(byline("本报记者 温 岚 石俊峰", .line) == ["温岚/记者", "石俊峰/记者"])
        #expect(byline("本报记者 方 圆 摄", .line) == ["方圆/摄影"])
        // An editor is named (a Person) with no author role (`-`).
        #expect(byline("作者:许文静  编辑:丁一鸣", .line) == ["许文静/作者", "丁一鸣/-"])
        #expect(byline("责任编辑：丁一鸣", .line) == ["丁一鸣/-"])
        // Rarer surnames close the list (`surnames.txt`), and a name may open with one.
        #expect(byline("责任编辑：邴浩", .line) == ["邴浩/-"])
        #expect(byline("本报记者庹文静萧远", .line) == ["庹文静/记者", "萧远/记者"])
        // A compound surname padded from a one-character given name is one name.
        #expect(byline("记者 宓思源 通讯员 欧阳婧 司徒 亮") == ["宓思源/记者", "欧阳婧/通讯员", "司徒亮/通讯员"])
        // Bare names need a role word on a line of their own.
        #expect(byline("覃秋燕 韦振宁", .line) == nil)
        // 报道 closes a byline, giving 记者 only to names that have no role yet.
        #expect(byline("记者 项文婕 通讯员 韦思明 报道", .line) == ["项文婕/记者", "韦思明/通讯员"])
        #expect(byline("通讯员 韦思明 记者 项文婕 报道") == ["韦思明/通讯员", "项文婕/记者"])
        #expect(byline("项文婕 报道", .line) == ["项文婕/记者"])
        // The mark an e-paper sets before a byline is no part of it.
        #expect(byline("□本报记者 项文婕 文/图", .line) == ["项文婕/记者"])
        #expect(byline("■记者 温岚", .line) == ["温岚/记者"])
    }

    @Test func proseIsNoByline() {
        #expect(byline("以下简称“经开区”") == nil)
        #expect(byline("完") == nil)
        #expect(byline("记者近日从市里获悉", .line) == nil)
        #expect(byline("记者探访新城", .line) == nil)
        #expect(byline("2023年") == nil)
    }
}
