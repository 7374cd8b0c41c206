import NewsGraphCore
import NewsGraphIngest
import Testing
@testable import NewsGraphLayout

@Suite struct LineJoinerTests {
    let joiner = LineJoiner(lexicon: LayoutFixtures.lexicon)

    func repaired(_ text: String) -> String {
        let doc = DocumentLoader.load(string: text, name: "t")
        return joiner.repair(doc.text, offsets: doc.offsets).text.string
    }

    @Test func joinsAWordSplitAcrossABlankLine() {
        let text = "在城东环卫站的职工休息室里，郑国栋仔\n\n细查看了饮水机、微波炉等设施的使用情况，叮嘱负责人把关心关爱落到实处。\n"
        #expect(repaired(text) == "在城东环卫站的职工休息室里，郑国栋仔细查看了饮水机、微波炉等设施的使用情况，叮嘱负责人把关心关爱落到实处。\n")
    }

    /// A notice's field (a label, a colon and a date or a number) is a line of its own, though it
    /// has no final punctuation: the biography below it starts a name.
    @Test func keepsANoticesFieldApartFromTheParagraphBelow() {
        let text = "公示时间：2025年7月8日至7月14日\n\n邝远航，男，1978年4月生，现任临江市委常委、组织部部长。\n\n举报电话：12380\n\n中共临江市委组织部\n"
        #expect(repaired(text).contains("7月14日\n\n邝远航，男"))
        #expect(repaired(text).contains("12380\n\n中共"))
        // A speaker's words cut at a column's width after a number are no field: they are joined.
        #expect(repaired("本报讯 记者近日采访了有关负责人。\n问：这项工作进展如何？\n负责人：今年新建驿站12\n个，覆盖全区所有街道和重点企业。\n").contains("驿站12个，"))
    }

    /// A transcript's label (`【同期】市民 某某`) says who speaks next: a line of its own.
    @Test func keepsATranscriptsLabelApartFromTheWordsBelow() {
        let text = "在一家家电卖场，前来选购的市民络绎不绝。\n\n【同期】市民 贲远航\n旧冰箱上门免费回收，还能补贴。\n"
        #expect(repaired(text).contains("贲远航\n旧冰箱"))
    }

    /// A leaders' page gives each leader a block of short lines (the post, the name, the posts in
    /// full): the name stays on its line, where a word cut at a column's width would be joined.
    @Test func keepsANameUnderItsPostOnItsLine() {
        let text = "副县长\n厍远航\n县人民政府副县长、党组成员。\n负责教育、卫生健康等方面工作。\n"
        #expect(repaired(text) == text)
        // A short piece under a long line is a paragraph cut, joined as before.
        #expect(repaired("今年以来，全县新建乡村文化广场32个，覆盖所有行政村，为群众就近开展活动提供了场地\n支持\n和保障。\n").contains("场地支持"))
    }

    @Test func joinsAcrossSeveralBlankLines() {
        // The cut line holds a comma: a sentence, not a headline above its first paragraph.
        let text = "今年以来，南湖区已建成职工驿站、鑫\n\n\n\n达机械职工书屋等12个示范点，覆盖全区所有街道和重点企业。\n"
        #expect(repaired(text).contains("鑫达机械"))
        #expect(!repaired(text).contains("鑫\n"))
    }

    /// Two short lines are a title block only when the first is title-shaped: one that ends a
    /// sentence inside it is a paragraph cut in a name.
    @Test func joinsANameCutAfterAShortLineThatEndsASentenceInside() {
        let text = "3月11日，望城区在乌山街道开展义务植树活动。区委书记舒\n建平，区委副书记、区长易鹏飞与机关干部一起挥锹培土\n共栽下苗木1200余株。\n"
        #expect(repaired(text).contains("区委书记舒建平，"))
    }

    @Test func joinsANumberSplitFromItsUnit() {
        let text = "新建的职工服务中心位于城东科技园，总面积约2\n\n万3千平方米，设有阅览室、健身房和母婴室，可同时容纳数百名职工活动。\n"
        #expect(repaired(text).contains("约2万3千平方米"))
    }

    @Test func joinsAShortEndingAfterALongLine() {
        let text = "职工们纷纷表示，这样的活动既学到了知识，又增进了同事之间的交流，感谢工\n\n会组织的精心安排。”\n"
        #expect(repaired(text).contains("感谢工会组织"))
    }

    @Test func keepsCompleteParagraphsApart() {
        let text = "第一段说完了。\n\n第二段也说完了。\n"
        #expect(repaired(text) == text)
    }

    @Test func neverJoinsAHeadlineIntoItsLead() {
        let text = "青山镇工会举办职工技能比武\n\n本报讯（记者 何嘉明）近日，青山镇工会举办职工技能比武活动。\n"
        #expect(repaired(text) == text)
    }

    @Test func neverJoinsAHeadlineAndItsSubheadline() {
        let text = "青山镇工会举办职工技能比武\n\n赛出水平 赛出风采\n\n本报讯（记者 何嘉明）近日，青山镇工会举办职工技能比武活动。\n"
        #expect(repaired(text) == text)
    }

    @Test func neverJoinsABrokenLastLineIntoTheNextHeadline() {
        let text = """
            比赛设置了电工、焊工、叉车驾驶三个项目，吸引了全镇十余家企业的八十多名技术骨干报名参赛，现场气氛热烈

            城北社区举办亲子运动会

            本报讯（记者 林晓雯）近日，城北社区举办亲子运动会。

            """
        #expect(repaired(text) == text)
    }

    @Test func neverJoinsABylineLineOrFurniture() {
        let text = "高山村里新事多\n本报记者苏明远钱嘉怡\n地处山区的高山村\n打印 收藏 关闭\n"
        #expect(repaired(text) == text)
    }

    @Test func doesNotJoinIntoAnIndentedParagraph() {
        let text = "  他说：“我们还要继续干下去\n  第二天一早，大家又出发了。\n"
        #expect(repaired(text) == text)
    }

    @Test func offsetsOfTheRepairedTextPointIntoTheOriginalFile() {
        // CRLF line ends: the document's own map and the joiner's must compose.
        let original = "标题行\r\n\r\n本报讯（记者 林晓雯）他们来到九\r\n\r\n州通公司，看望慰问了坚守岗位的一线职工代表和家属们。\r\n"
        let doc = DocumentLoader.load(string: original, name: "t")
        let (text, offsets) = joiner.repair(doc.text, offsets: doc.offsets)
        let scalars = Array(original.unicodeScalars)
        func originalText(_ span: TextSpan) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[span.range])
            return String(v)
        }
        let repaired = text.string
        #expect(repaired.contains("九州通公司"))
        // A span after the join maps to the same text in the file.
        let after = text.scalars.firstRange(of: Array("公司，看望".unicodeScalars))!
        #expect(originalText(offsets.source(TextSpan(after.lowerBound, after.upperBound))) == "公司，看望")
        // A span across the join maps to the file's text with the removed break inside.
        let across = text.scalars.firstRange(of: Array("九州通".unicodeScalars))!
        #expect(originalText(offsets.source(TextSpan(across.lowerBound, across.upperBound))) == "九\r\n\r\n州通")
        // Every scalar maps to an equal scalar of the file.
        for i in 0..<text.count where text[i] != "\n" {
            #expect(scalars[offsets.source(i)] == text[i])
        }
    }
}

@Suite struct LineJoinerSpacingTests {
    let joiner = LineJoiner(lexicon: LayoutFixtures.lexicon)

    @Test func latinWordsKeepASpaceDigitsDoNot() {
        let doc = DocumentLoader.load(
            string: "会上，市总工会正式发布了新一代的职工服务平台，集成了维权、培训、互助等多项功能，平台名为Workers\n\nHome，已有超过3\n\n2万名职工注册使用，反响热烈。\n", name: "t")
        let text = joiner.repair(doc.text, offsets: doc.offsets).text.string
        #expect(text.contains("Workers Home"))
        #expect(text.contains("超过32万名"))
    }
}
