import NewsGraphCore
import NewsGraphIngest
import Testing
@testable import NewsGraphLayout

/// Pages whose articles are marked by shape rather than by a dateline: a title above a paragraph,
/// photo news closed by a credit, a brief after another article's lead; bylines with rare surnames.
/// All pages are invented.
@Suite struct HeadlineShapeAndCreditTests {
    func repaired(_ text: String) -> String {
        LayoutFixtures.page(text).text.string
    }

    // MARK: A title above the first paragraph, no dateline

    @Test func aTitleAboveADatedParagraphIsTheHeadline() {
        let page = LayoutFixtures.page(
            """
            青禾区举办首届社区运动会

            4月12日，青禾区首届社区运动会在区体育中心开幕，来自全区18个社区的600余名居民参赛。

            运动会设置拔河、跳绳、踢毽子等8个项目，将持续两天。
            """)
        #expect(LayoutFixtures.headlines(page) == ["青禾区举办首届社区运动会"])
        #expect(page.text.string.hasPrefix("青禾区举办首届社区运动会\n\n4月12日"))
        #expect(page.text.string(page.articles[0].body).hasPrefix("4月12日"))
        #expect(page.articles[0].authors.isEmpty)
    }

    /// A record's title longer than a headline may otherwise be: its line stays apart from the
    /// lead (else its last name runs into the lead's first) and is the headline.
    @Test func aRecordsOwnTitleIsItsHeadlineWhateverItsLength() {
        let title = "青禾区人民政府与石湾镇人民政府联合举办首届社区运动会暨全民健身节开幕式并表彰一批先进集体和先进个人代表"
        let text = "\(title)\n区委书记何立新出席开幕式并讲话，来自全区18个社区的600余名居民参赛。\n"
        let document = DocumentLoader.load(string: text, name: "record")
        let recorded = Document(
            name: document.name, origin: document.origin, text: document.text, offsets: document.offsets, metadata: ["title": title])
        let page = LayoutFixtures.layout.layout(recorded)
        #expect(LayoutFixtures.headlines(page) == [title])
        #expect(page.text.string.hasPrefix(title + "\n区委书记"))
        // Without the record's title, the long unfinished line reads as a paragraph cut in two.
        #expect(LayoutFixtures.headlines(LayoutFixtures.layout.layout(document)) == [nil])
    }

    /// A bulletin written a paragraph a line (most lines longer than a title block's): a short
    /// unfinished line between finished paragraphs heads the next story, not a line cut from the
    /// paragraph below.
    @Test func aStorysTitleInsideABulletinStaysApart() {
        let text = [
            "青禾区推进老旧小区改造 今年完成改造项目四十二个惠及居民一万余户",
            "青禾区住房和城乡建设局近日发布消息，今年以来全区共完成老旧小区改造项目四十二个，惠及居民一万余户，改造内容涵盖管网更新、加装电梯和停车设施建设。",
            "石湾镇智慧灌溉覆盖五千亩农田",
            "石湾镇农业服务中心负责人介绍，全镇投入资金三百万元铺设智慧灌溉管网，覆盖农田五千余亩，每亩节水约三成，农户通过手机即可远程控制灌溉。",
            "据介绍，智慧灌溉系统可根据土壤墒情自动调节水量，明年还将在全镇其余村推广，预计新增覆盖面积两千亩以上。",
        ].joined(separator: "\n")
        let repaired = repaired(text)
        #expect(repaired.contains("加装电梯和停车设施建设。\n石湾镇智慧灌溉覆盖五千亩农田\n石湾镇农业服务中心"))
    }

    @Test func aTitleAbovePlainProseIsTheHeadline() {
        let page = LayoutFixtures.page(
            """
            石湾镇引进智慧灌溉系统

            为解决春灌用水难题，石湾镇投入资金300万元，在4个村铺设智慧灌溉管网，覆盖农田5000余亩。
            """)
        #expect(LayoutFixtures.headlines(page) == ["石湾镇引进智慧灌溉系统"])
    }

    @Test func aTitleAndSubtitleAboveTheFirstParagraph() {
        let page = LayoutFixtures.page(
            """
            柳岸社区开设老年助餐点

            每天供应午餐200份

            9月3日上午，柳岸社区老年助餐点正式开业，社区60岁以上老人可凭卡就餐，每餐补贴5元。
            """)
        #expect(LayoutFixtures.headlines(page) == ["柳岸社区开设老年助餐点"])
        #expect(page.articles[0].subheadline.map { page.text.string($0) } == "每天供应午餐200份")
    }

    @Test func aPageOpeningWithASentenceIsABrief() {
        // The first line is a sentence cut by the PDF: it is joined, and the brief has no headline.
        let page = LayoutFixtures.page(
            """
            近日，北坡村党支部组织党员志愿者走

            访慰问村里的独居老人，送去米面油和冬衣，并帮助打扫卫生。
            """)
        #expect(LayoutFixtures.headlines(page) == [nil])
        #expect(page.text.string.contains("志愿者走访慰问"))

        let dated = LayoutFixtures.page(
            """
            10月8日，南岭县图书馆新馆试开放，馆藏图书

            35万册，设有少儿阅览区和自习室。
            """)
        #expect(LayoutFixtures.headlines(dated) == [nil])
        #expect(dated.text.string.contains("图书35万册"))
    }

    @Test func aShortParagraphStartCutByThePDFIsStillJoined() {
        // A fragment after a finished paragraph, continued mid-word: a broken line, not a title.
        let text = """
            11月2日上午，区工会主席沈砚秋带队来到城西物流园，看望慰问一线货运司机。

            在物流园调度中

            心，沈砚秋详细询问了司机的休息和用餐情况。
            """
        #expect(repaired(text).contains("在物流园调度中心，沈砚秋"))
    }

    @Test func anInnerTitleAboveADatedParagraphIsNotJoinedIntoIt() {
        let text = """
            2月以来，全县累计发放消费券800万元。

            多方联动促消费

            3月15日，县商务局联合12家商场启动春季促消费活动，持续一个月。
            """
        #expect(repaired(text).contains("多方联动促消费\n\n3月15日"))
    }

    // MARK: Bylines with rare surnames, spaced names, names without surname

    let bylines = BylineParser(lexicon: LayoutFixtures.lexicon)

    func byline(_ text: String, _ mode: BylineParser.Mode = .bracket) -> [String]? {
        let s = Array(text.unicodeScalars)
        var names: [Byline] = []
        return bylines.parse(s, 0, s.count, mode: mode, rule: "r", creditRule: "c", into: &names).map {
            names[$0.names].map { "\($0.name)/\($0.role?.rawValue ?? "-")" }
        }
    }

    /// A transcript's reporter speaking on camera (`总台记者 某某：…`) is the article's reporter; an
    /// interview's `记者：` names nobody, and a citizen's label is no byline.
    @Test func aReporterSpeakingOnCameraIsAnAuthor() {
        let page = LayoutFixtures.page(
            """
            青禾湖迎来首批越冬候鸟

            央视网消息：近日，青禾湖迎来今年首批越冬候鸟。

            总台记者 訾望舒：我现在就在青禾湖边，可以看到成群的候鸟正在湖面觅食。

            记者：今年的候鸟比往年多吗？

            市民 柯远航：每年这个时候都来看鸟。
            """)
        #expect(page.articles.count == 1)
        #expect(LayoutFixtures.authors(page, 0) == ["訾望舒/记者"])
    }

    @Test func rolesWithSeveralNamesAndRareSurnames() {
        #expect(byline("通讯员 茆思远 卞雨桐") == ["茆思远/通讯员", "卞雨桐/通讯员"])
        #expect(byline("记者 谯 川 通讯员 罗一鸣") == ["谯川/记者", "罗一鸣/通讯员"])
        #expect(byline("记者 訾 航") == ["訾航/记者"])
        #expect(byline("记者 宓晓川 通讯员 邹明月") == ["宓晓川/记者", "邹明月/通讯员"])
    }

    @Test func namesWithoutSurnameAfterARoleWord() {
        // Mongolian and other single names: no listed surname, read whole after a role word.
        #expect(byline("记者 柴 鹏 通讯员 其木格") == ["柴鹏/记者", "其木格/通讯员"])
        #expect(byline("记者 苏日勒 通讯员 吴 迪") == ["苏日勒/记者", "吴迪/通讯员"])
        // Without a role word, bare names still need a surname.
        #expect(byline("其木格 苏日勒") == nil)
        // On a line of their own, only a credit's closing 摄 vouches for such names.
        #expect(byline("本报记者 谯 川 摄", .line) == ["谯川/摄影"])
        #expect(byline("本报记者 阿古拉 摄", .line) == ["阿古拉/摄影"])
        #expect(byline("记者在现场", .line) == nil)
        #expect(byline("记者 探访 新区", .line) == nil)
    }

    // MARK: Credits, photo news, briefs after a lead

    static let photoPage = """
        秋实农场举办丰收节

        本报讯（记者 訾 航 通讯员 其木格）9月23日，秋实农场第二届丰收节开幕，农场职工和周边村民2000余人参加。

        丰收节期间，农场还将举办农产品展销和农机具展示活动。

        本报记者 谯 川 摄

        北湖街道开展消防演练

        本报讯（通讯员 茆思远 卞雨桐）9月24日，北湖街道在辖区商业综合体开展消防疏散演练。

        本报讯（记者 宓晓川）日前，南湖小学获评省级书香校园。

        金色田野

        9月22日，在平川镇东坡村，村民正驾驶收割机抢收水稻。

        本报记者 阿古拉 摄

        """

    @Test func aCreditClosesTheArticleAboveIt() {
        let page = LayoutFixtures.page(Self.photoPage)
        let headlines = LayoutFixtures.headlines(page)
        #expect(headlines.prefix(2) == ["秋实农场举办丰收节", "北湖街道开展消防演练"])
        #expect(LayoutFixtures.authors(page, 0) == ["訾航/记者", "其木格/通讯员", "谯川/摄影"])
        #expect(page.text.string(page.articles[0].span).hasSuffix("本报记者 谯 川 摄"))
    }

    @Test func aBriefAfterAnotherArticlesLeadIsItsOwnArticle() throws {
        let page = LayoutFixtures.page(Self.photoPage)
        try #require(page.articles.count == 4)
        #expect(LayoutFixtures.authors(page, 1) == ["茆思远/通讯员", "卞雨桐/通讯员"])
        #expect(page.articles[2].headline == nil)
        #expect(LayoutFixtures.authors(page, 2) == ["宓晓川/记者"])
        #expect(page.articles[2].dateline.map { page.text.string($0) } == "本报讯")
    }

    @Test func photoNewsIsItsOwnArticle() throws {
        let page = LayoutFixtures.page(Self.photoPage)
        try #require(page.articles.count == 4)
        #expect(LayoutFixtures.headlines(page).last == "金色田野")
        #expect(LayoutFixtures.authors(page, 3) == ["阿古拉/摄影"])
        #expect(page.text.string(page.articles[3].body).hasPrefix("9月22日"))
        // The brief above keeps none of the photo's lines.
        #expect(!page.text.string(page.articles[2].span).contains("金色田野"))
    }

    /// After a credit closes an article, a title and a paragraph opening with a date are a brief
    /// of its own, though it has no lead (`本报讯`).
    @Test func aTitledBriefAfterACreditIsItsOwnArticle() throws {
        let page = LayoutFixtures.page(
            """
            东湾镇开展防汛演练

            本报讯（通讯员 仲 琳）7月1日，东湾镇在高禹村开展防汛应急演练。

            经过40分钟紧张处置，险情被成功排除。

            通讯员 仲 琳 摄

            县图书馆启动暑期阅读季

            7月5日，县图书馆举办暑期阅读季启动仪式，馆长夏侯静出席。
            """)
        try #require(page.articles.count == 2)
        #expect(LayoutFixtures.headlines(page) == ["东湾镇开展防汛演练", "县图书馆启动暑期阅读季"])
        #expect(LayoutFixtures.authors(page, 0) == ["仲琳/通讯员", "仲琳/摄影"])
        #expect(page.text.string(page.articles[1].body).hasPrefix("7月5日"))
    }

    /// A page of photo news only (a banner, then title, caption and credit again and again): each
    /// photo is an article with its own photographer.
    @Test func aPageOfPhotoNewsIsAnArticleAPhoto() throws {
        let page = LayoutFixtures.page(
            """
            图说青禾

            稻田里的开镰节

            9月21日，在青禾区东坡村，村民驾驶收割机抢收水稻。图为柯望舒（右）向学生讲解收割要领。

            本报记者 濮立涛 摄

            社区里的书法课

            9月23日，北湖街道邀请书法家为居民授课。图为居民临摹字帖。

            通讯员 厍远航 摄
            """)
        try #require(page.articles.count == 2)
        #expect(page.banner.map { page.text.string($0) } == "图说青禾")
        #expect(LayoutFixtures.headlines(page) == ["稻田里的开镰节", "社区里的书法课"])
        #expect(LayoutFixtures.authors(page, 0) == ["濮立涛/摄影"])
        #expect(LayoutFixtures.authors(page, 1) == ["厍远航/摄影"])
    }

    @Test func aPageOfMarkedBriefsIsAnArticleABrief() throws {
        let page = LayoutFixtures.page(
            """
            青禾简讯

            ■ 9月5日，青禾区副区长柯望舒一行到东坡村调研水稻收割。（记者 濮 涛）

            ■ 9月8日，区中医医院在北湖街道开展义诊活动。（通讯员 厍远航 邝远航）

            ■ 9月9日，区总工会走访慰问一线职工，并召开座谈会。
            """)
        try #require(page.articles.count == 3)
        #expect(page.banner.map { page.text.string($0) } == "青禾简讯")
        #expect(LayoutFixtures.headlines(page) == [nil, nil, nil])
        #expect(page.text.string(page.articles[1].body).hasPrefix("■ 9月8日"))
        #expect(LayoutFixtures.authors(page, 0) == ["濮涛/记者"])
        #expect(LayoutFixtures.authors(page, 1) == ["厍远航/通讯员", "邝远航/通讯员"])
        #expect(LayoutFixtures.authors(page, 2) == [])
    }

    /// A bracket closing a sentence names the brief's authors only with a role word: a bare name
    /// there may be anything (`（完）`, a source).
    @Test func aBracketAfterASentenceIsABylineOnlyWithARoleWord() {
        let page = LayoutFixtures.page(
            """
            东湾码头新泊位投用

            10月5日，东湾码头3号泊位正式投入使用。（林书航）

            10月6日，首艘货轮靠泊。（记者 尚思远）
            """)
        #expect(LayoutFixtures.authors(page, 0) == ["尚思远/记者"])
    }

    /// An agenda: its fields (`时间：`, `主持人：`) under the headline, numbered items that are no
    /// headlines, then a report with a lead, whose headline is the line above the lead.
    @Test func aSloganWithALongerThirdPhraseIsTheBannerButASpeechTitleIsNot() {
        let page = LayoutFixtures.page(
            """
            物流畅通 产业兴旺 奋力谱写青禾高质量发展新篇章

            远航速运青禾分拨中心投用

            本报讯（记者 邝远航）10月18日上午，远航速运青禾分拨中心在河口镇投用。
            """)
        #expect(LayoutFixtures.headlines(page) == ["远航速运青禾分拨中心投用"])
        let speech = LayoutFixtures.page(
            """
            坚定信心 实干争先 奋力谱写青禾高质量发展新篇章
            ——在县委全会上的讲话（摘要）

            中共青禾县委书记 柯望舒

            同志们：

            今年以来，全县上下稳中求进，经济社会发展取得新成效。
            """)
        #expect(LayoutFixtures.headlines(speech) == ["坚定信心 实干争先 奋力谱写青禾高质量发展新篇章"])
    }

    @Test func aReportKeepsItsHeadlineAboveItsSpeakerAndSalutation() {
        let page = LayoutFixtures.page(
            """
            政府工作报告（摘要）

            ——2024年1月9日在青禾县第十七届人民代表大会第三次会议上

            青禾县人民政府县长　柯望舒

            各位代表：

            现在，我代表县人民政府向大会报告工作，请予审议。
            """)
        #expect(LayoutFixtures.headlines(page) == ["政府工作报告（摘要）"])
        #expect(page.text.string.contains("柯望舒\n"))
    }

    @Test func aHostsClosingWordsAreNoHeadlineAboveTheClosingByline() throws {
        let page = LayoutFixtures.page(
            """
            青禾县举行茶产业发展新闻发布会

            主持人：各位记者，欢迎参加今天的发布会。

            县农业农村局局长邝远航：今年全县茶园面积达到12万亩。

            主持人：今天的发布会到此结束，谢谢大家！

            （记者 濮立涛 整理）
            """)
        try #require(page.articles.count == 1)
        #expect(LayoutFixtures.headlines(page) == ["青禾县举行茶产业发展新闻发布会"])
        #expect(LayoutFixtures.authors(page, 0) == ["濮立涛/记者"])
    }

    @Test func anAgendaKeepsItsHeadlineAndItsItemsAreNoHeadlines() throws {
        let page = LayoutFixtures.page(
            """
            青禾县2025年经济工作会议议程

            时间：2025年1月16日上午9:00
            地点：青禾县会议中心
            主持人：县长 柯望舒

            一、县委常委、常务副县长濮立涛通报2024年全县经济运行情况，安排2025年经济工作重点任务
            二、县委书记厍远航讲话

            青禾县召开2025年经济工作会议

            本报讯（记者 邝远航）1月16日，青禾县召开2025年经济工作会议，部署全年经济工作。
            """)
        try #require(page.articles.count == 2)
        #expect(LayoutFixtures.headlines(page) == ["青禾县2025年经济工作会议议程", "青禾县召开2025年经济工作会议"])
        #expect(LayoutFixtures.authors(page, 1) == ["邝远航/记者"])
    }

    @Test func anArticleEndingInACaptionAndCreditWithoutTitleKeepsIt() {
        let page = LayoutFixtures.page(
            """
            东湾码头新泊位投用

            本报讯（记者 林书航）10月5日，东湾码头3号泊位正式投入使用，可停靠万吨级货轮。

            图为货轮停靠新泊位。

            本报记者 林书航 摄
            """)
        #expect(page.articles.count == 1)
        #expect(LayoutFixtures.authors(page, 0) == ["林书航/记者", "林书航/摄影"])
    }

    @Test func aCaptionInBracketsClosingWithACreditGivesThePhotographer() {
        let page = LayoutFixtures.page(
            """
            法庭开进村

            本报讯（通讯员 尚思远）10月17日，临江市人民法院在东坪村开展巡回审判。

            （图为巡回审判现场。本报记者 滕 飞 摄）
            """)
        #expect(page.articles.count == 1)
        #expect(LayoutFixtures.authors(page, 0) == ["尚思远/通讯员", "滕飞/摄影"])
    }

    @Test func aCaptionClosingWithACreditWithoutBracketsGivesThePhotographer() {
        let page = LayoutFixtures.page(
            """
            专家下乡义诊

            本报讯（记者 宓晓川）6月12日，区人民医院专家到丰惠镇开展义诊。

            图为专家为村民检查眼底。 记者 卞文澜 摄
            """)
        #expect(page.articles.count == 1)
        #expect(LayoutFixtures.authors(page, 0) == ["宓晓川/记者", "卞文澜/摄影"])
    }

    // MARK: Web pages: publishers and editors are no authors

    @Test func webPublisherAndEditorAreNoAuthors() {
        let page = LayoutFixtures.page(
            """
            首页 > 工作动态

            发布者：邵知秋　　发布时间：2024-06-11　　浏览次数：205

            6月10日，桂园街道总工会在辖区开展职工健康义诊活动，为120余名职工测量血压、血糖。

            （编辑：钱望舒）
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles[0].headline == nil)
        // The editor is named (a Person, annotation-guidelines §5) but has no author role.
        #expect(LayoutFixtures.authors(page, 0) == ["钱望舒/-"])
    }

    /// A web page's publication facts may give the authors with their roles (`作者：记者 甲 通讯员 乙`).
    @Test func publicationFactsGiveAuthorsWithTheirRoles() {
        let page = LayoutFixtures.page(
            """
            我市举办职业技能大赛
            来源：东江日报  作者：记者 郭思齐 通讯员 骆晓帆  发布时间：2024-10-18 09:12
            10月17日，全市职业技能大赛在市技师学院开幕，320名选手参加比拼。
            """)
        #expect(LayoutFixtures.authors(page, 0) == ["郭思齐/记者", "骆晓帆/通讯员"])
    }

    /// …or as `文/甲　图/乙` after the page's source.
    @Test func publicationFactsGiveWriterAndPhotographerAfterSlashes() {
        let page = LayoutFixtures.page(
            """
            临江大学举行名誉院长聘任仪式
            发布时间：2024-05-21　　来源：党委宣传部　　文/柯望舒　图/濮立涛
            5月20日下午，临江大学名誉院长聘任仪式举行。
            """)
        #expect(LayoutFixtures.authors(page, 0) == ["柯望舒/作者", "濮立涛/摄影"])
    }

    /// A web page closing with `作者:甲 乙` after a byline that gave their roles keeps those roles.
    @Test func aClosingAuthorLineKeepsTheBylinesRoles() {
        let page = LayoutFixtures.page(
            """
            东江网7月3日讯(通讯员 聂芳华 记者 邓子安)7月2日,惠城区召开防汛工作调度会。
            来源:东江网
            作者:聂芳华 邓子安
            """)
        #expect(LayoutFixtures.authors(page, 0) == ["聂芳华/通讯员", "邓子安/记者"])
    }

    @Test func webDatelineWithBareSpacedNames() {
        let page = LayoutFixtures.page(
            "东江网惠州8月6日电（聂 帆 邱晓岚）6日，惠州市举办夏季人才招聘会，提供岗位4000余个。\n")
        #expect(page.articles.count == 1)
        #expect(page.articles[0].headline == nil)
        #expect(LayoutFixtures.authors(page, 0) == ["聂帆/作者", "邱晓岚/作者"])
    }
}
