import NewsGraphCore
import Testing
@testable import NewsGraphLayout

@Suite struct ArticleSegmenterTests {
    /// An invented e-paper page: banner, three articles, broken lines, credits, a subheadline.
    static let newspaperPage = """


        奋进新征程 建功新时代 携手共筑职工幸福家园

        南湖区总工会走访慰问一线环卫职工

        本报讯（记者 林晓雯）3月2日上午，南湖区总工会主席郑国栋一行来到城东环卫站，看望慰问坚守岗位的环卫职工，送上米面油等慰问品。

        在城东环卫站的职工休息室里，郑国栋仔

        细查看了饮水机、微波炉等设施的使用情况，叮嘱站点负责人把关心关爱落到实处。

        据介绍，今年以来，南湖区总工会已在全区建成户外劳动者服务站点3

        2个，覆盖全区所有街道。

        本报记者 方 圆 摄

        青山镇工会举办职工技能比武

        赛出水平 赛出风采

        本报讯（记者 何嘉明 通讯员 孟繁宇 刘子涵）近日，青山镇工会举办职工技能比武活动，来自镇内12家企业的80余名职工参加比赛。

        比赛设置了电工、焊工、叉车驾驶三个项目，由鑫



        达机械有限公司承办。

        （记者 何嘉明 摄）

        城北社区举办亲子运动会

        新华社南宁5月8日电(记者韩立新)5月7日，城北社区在社区广场举办亲子运动会，120余组家庭参加。

        """

    @Test func splitsAPageIntoBannerAndArticles() {
        let page = LayoutFixtures.page(Self.newspaperPage)
        #expect(page.banner.map { page.text.string($0) } == "奋进新征程 建功新时代 携手共筑职工幸福家园")
        #expect(
            LayoutFixtures.headlines(page) == ["南湖区总工会走访慰问一线环卫职工", "青山镇工会举办职工技能比武", "城北社区举办亲子运动会"])
        #expect(page.articles.map(\.index) == [1, 2, 3])
        #expect(page.articles[0].subheadline == nil)
        #expect(page.articles[1].subheadline.map { page.text.string($0) } == "赛出水平 赛出风采")
        #expect(page.articles[2].dateline.map { page.text.string($0) } == "新华社南宁5月8日电")
    }

    @Test func readsBracketBylinesCreditsAndSpacedNames() {
        let page = LayoutFixtures.page(Self.newspaperPage)
        #expect(LayoutFixtures.authors(page, 0) == ["林晓雯/记者", "方圆/摄影"])
        #expect(LayoutFixtures.authors(page, 1) == ["何嘉明/记者", "孟繁宇/通讯员", "刘子涵/通讯员", "何嘉明/摄影"])
        #expect(LayoutFixtures.authors(page, 2) == ["韩立新/记者"])
        // The spaced name keeps its written form in the span.
        let credit = page.articles[0].authors[1]
        #expect(page.text.string(credit.span) == "方 圆")
        #expect(credit.rule == "layout.credit")
        #expect(page.articles[0].authors[0].rule == "layout.byline")
    }

    @Test func repairsBrokenLinesBeforeSegmenting() {
        let page = LayoutFixtures.page(Self.newspaperPage)
        let text = page.text.string
        #expect(text.contains("郑国栋仔细查看"))
        #expect(text.contains("服务站点32个"))
        #expect(text.contains("由鑫达机械有限公司承办"))
        // The article's body starts after its dateline and byline, and ends before the next headline.
        let first = page.articles[0]
        #expect(page.text.string(first.body).hasPrefix("3月2日上午"))
        #expect(page.text.string(first.body).hasSuffix("本报记者 方 圆 摄"))
        #expect(page.text.string(first.span).hasPrefix("南湖区总工会走访慰问一线环卫职工"))
    }

    @Test func readsABylineLineUnderAHeadline() {
        let page = LayoutFixtures.page("""
            第6版(综合)
            专栏:走基层

              高山村里新事多
            本报记者苏明远钱嘉怡
            地处山区的高山村，近年来发展起了茶叶种植。
            """)
        #expect(LayoutFixtures.headlines(page) == ["高山村里新事多"])
        #expect(LayoutFixtures.authors(page, 0) == ["苏明远/记者", "钱嘉怡/记者"])
        #expect(page.articles[0].authors.allSatisfy { $0.rule == "layout.byline-line" })
    }

    /// `【栏目名】标题`: a column's label in lenticular brackets is no byline, even where its
    /// words cut at surnames read as names; with a role word the brackets do hold one.
    @Test func aColumnLabelInLenticularBracketsIsNoByline() {
        let page = LayoutFixtures.page("""
            【文化中国行】古城墙下话春秋
            城墙脚下，游客络绎不绝。

            【记者 苏明远】古镇新貌
            古镇的石板路修缮一新。
            """)
        #expect(page.articles.flatMap(\.authors).map(\.name) == ["苏明远"])
    }

    @Test func readsSpacedBylineLineNames() {
        let page = LayoutFixtures.page("""
            “村里的日子越过越红火”
            本报记者 温 岚 石俊峰
              “今年的收成比去年好多了。”老支书笑着说。
            """)
        #expect(LayoutFixtures.headlines(page) == ["“村里的日子越过越红火”"])
        #expect(LayoutFixtures.authors(page, 0) == ["温岚/记者", "石俊峰/记者"])
        let name = page.articles[0].authors[0]
        #expect(page.text.string(name.span) == "温 岚")
    }

    @Test func separatesTwoItemsOfAPageByFurniture() {
        let page = LayoutFixtures.page("""
            2001年3月5日某某日报 第2版

            第2版(要闻)
            专栏:

              新版职工手册发布
            新华社北京3月4日电(记者邵一帆)新版职工手册今天在京发布。
            手册分为权益保障、技能提升等五个部分。


            第2版(要闻)
            专栏:

              春耕时节访农家
            本报记者 邹 宁
            """)
        #expect(LayoutFixtures.headlines(page) == ["新版职工手册发布", "春耕时节访农家"])
        #expect(LayoutFixtures.authors(page, 0) == ["邵一帆/记者"])
        #expect(LayoutFixtures.authors(page, 1) == ["邹宁/记者"])
        #expect(page.banner == nil)
        #expect(page.text.string(page.articles[0].span).hasSuffix("五个部分。"))
    }

    /// On a page of one article, a slogan above the headline is the page's banner; below it, the
    /// headline's subheadline.
    @Test(arguments: [
        ("守护平安路 温暖回家途\n\n临江公交集团表彰安全驾驶员\n\n", "守护平安路 温暖回家途", "临江公交集团表彰安全驾驶员", nil),
        ("学习贯彻全会精神\n\n省级专家进山村 义诊送到家门口\n\n", "学习贯彻全会精神", "省级专家进山村 义诊送到家门口", nil),
        ("临江区走访慰问军人家庭\n\n新春送温暖 拥军情意浓\n\n", nil, "临江区走访慰问军人家庭", "新春送温暖 拥军情意浓"),
        ("临江幼儿园开园 新增学位360个\n\n家门口上好学\n\n", nil, "临江幼儿园开园 新增学位360个", "家门口上好学"),
    ] as [(String, String?, String, String?)])
    func aSloganAboveTheHeadlineIsTheBanner(top: String, banner: String?, headline: String, subheadline: String?) {
        let page = LayoutFixtures.page(top + "本报讯（记者 邝远航）3月2日上午，临江区总工会开展慰问活动。\n")
        #expect(page.banner.map { page.text.string($0) } == banner)
        #expect(LayoutFixtures.headlines(page) == [headline])
        #expect(page.articles[0].subheadline.map { page.text.string($0) } == subheadline)
    }

    /// A transcript's caption (`【同期】` and the speaker) is no headline: a credit after it opens no
    /// article, and the caption is not joined to the sound bite below it.
    @Test func aTranscriptCaptionIsNoHeadline() {
        let page = LayoutFixtures.page("""
            临江院士工作站揭牌

            【正文】3月2日，临江院士工作站揭牌。

            【同期】临江公司总经理 柯望舒
            有了这个平台，我们心里更有底了。

            【正文】目前，全县已建成院士工作站3家。

            摄像：濮立涛

            """)
        #expect(LayoutFixtures.headlines(page) == ["临江院士工作站揭牌"])
        #expect(LayoutFixtures.authors(page, 0) == ["濮立涛/摄影"])
        #expect(page.text.string(page.articles[0].body).contains("柯望舒\n有了"))
    }

    @Test func aBriefWithoutHeadlineIsOneArticle() {
        let page = LayoutFixtures.page("6月3日下午，市文化馆举办非遗剪纸作品展，展出作品120余件，展期一个月。\n市民可凭身份证免费参观。\n")
        #expect(page.articles.count == 1)
        #expect(page.articles[0].headline == nil)
        #expect(page.articles[0].authors.isEmpty)
        #expect(page.banner == nil)
    }

    @Test func aDatelineBriefWithBareNames() {
        let page = LayoutFixtures.page("中新网江苏新闻3月5日电 (覃秋燕 韦振宁)近日，某市举办春季招聘会，提供岗位3000余个。\n")
        #expect(page.articles.count == 1)
        #expect(page.articles[0].headline == nil)
        #expect(page.articles[0].dateline.map { page.text.string($0) } == "中新网江苏新闻3月5日电")
        #expect(LayoutFixtures.authors(page, 0) == ["覃秋燕/作者", "韦振宁/作者"])
        #expect(page.text.string(page.articles[0].body).hasPrefix("近日"))
    }

    @Test func webPageHeadlineAboveItsPublicationFacts() {
        let page = LayoutFixtures.page("""
            市职工服务网欢迎您! | 今天是:
            当前位置:首页 > 工作动态 > 基层风采

            工作动态

            城西街道工会开展职工读书分享会

            发布时间:2024-05-10  来源:城西街道总工会   返回上页

             

            5月9日下午,城西街道工会在社区图书室举办职工读书分享会,30余名职工代表参加。

            活动中,职工们围绕所读书目交流了心得体会。

            作者:许文静  编辑:丁一鸣
            打印 收藏 关闭
            地址:城西路8号 邮编:100000
            """)
        #expect(LayoutFixtures.headlines(page) == ["城西街道工会开展职工读书分享会"])
        #expect(LayoutFixtures.authors(page, 0) == ["许文静/作者", "丁一鸣/-"])  // the editor is no author
        #expect(page.text.string(page.articles[0].body).hasPrefix("5月9日下午"))
        #expect(page.text.string(page.articles[0].span).hasSuffix("编辑:丁一鸣"))
    }

    @Test func webPageWithSiteDatelineAfterItsFacts() {
        let page = LayoutFixtures.page("""
            • 中文版 | English
              • 首页 > 院务动态
                “健康进社区”义诊活动走进城南
                发布:宣传部 阅读次数:88 时间:2023-11-02
                A+ A-

                本站讯 11月1日，我院组织专家团队走进城南社区开展义诊活动。
            """)
        #expect(LayoutFixtures.headlines(page) == ["“健康进社区”义诊活动走进城南"])
        #expect(page.articles.count == 1)
        #expect(page.articles[0].dateline.map { page.text.string($0) } == "本站讯")
        #expect(page.articles[0].authors.isEmpty)
    }

    @Test func spansPointToTheOriginalFile() {
        let original = "\r\n标题：城南社区举办亲子运动会\r\n\r\n本报讯（记者 林晓雯）近日，城南社区举办亲子运\r\n\r\n动会，吸引了120余组家庭参加。\r\n"
        let page = LayoutFixtures.page(original)
        let scalars = Array(original.unicodeScalars)
        let name = page.articles[0].authors[0]
        let source = page.offsets.source(name.span)
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[source.range])
        #expect(String(v) == "林晓雯")
        #expect(page.text.string.contains("亲子运动会，吸引"))
    }

    @Test func authorInPublicationFacts() {
        let page = LayoutFixtures.page("""
            您的位置：首页 > 新闻中心
            城东街道举办职工趣味运动会
            发布时间：2024-04-12  作者：卢思远  来源：城东街道
            4月11日，城东街道在体育公园举办职工趣味运动会。
            """)
        #expect(LayoutFixtures.headlines(page) == ["城东街道举办职工趣味运动会"])
        #expect(LayoutFixtures.authors(page, 0) == ["卢思远/作者"])
        #expect(page.articles[0].authors[0].rule == "layout.byline-meta")
    }

    @Test func exclaimingHeadlineWithSubheadlineOnAOneArticlePage() {
        let page = LayoutFixtures.page("""
            职工的钱袋子鼓起来了！

            ——城南工业园区增收见闻

            本报讯（通讯员 甘露）今年一季度，城南工业园区职工人均收入同比增长百分之八。
            """)
        #expect(page.banner == nil)
        #expect(LayoutFixtures.headlines(page) == ["职工的钱袋子鼓起来了！"])
        #expect(page.articles[0].subheadline.map { page.text.string($0) } == "——城南工业园区增收见闻")
        #expect(LayoutFixtures.authors(page, 0) == ["甘露/通讯员"])
    }

    @Test func bylineClosingAnArticleBelongsToIt() {
        let page = LayoutFixtures.page("""
            城北社区举办亲子运动会

            本报讯 近日，城北社区在社区广场举办亲子运动会，120余组家庭参加。

            （记者 林晓雯 通讯员 葛天宇）

            城西社区开办老年课堂

            本报讯 近日，城西社区老年课堂正式开课。
            """)
        #expect(LayoutFixtures.headlines(page) == ["城北社区举办亲子运动会", "城西社区开办老年课堂"])
        #expect(LayoutFixtures.authors(page, 0) == ["林晓雯/记者", "葛天宇/通讯员"])
        #expect(LayoutFixtures.authors(page, 1) == [])
    }
}
