import Testing

@testable import NewsGraphLayout

/// Pages of several stories without leads: a work briefing's items, a front page's index, and
/// a notice's headline above its addressees.
@Suite struct BriefingAndIndexPageTests {
    @Test func aWorkBriefingsItemsAreArticlesEachWithItsHeadline() throws {
        let page = LayoutFixtures.page(
            """
            工作简报
            第8期
            青禾县人民政府办公室　　　　　　2024年5月6日

            县政府召开春季农业生产调度会

            5月3日上午，县政府召开春季农业生产调度会，县长柯望舒出席会议并讲话。

            柯望舒到河口镇调研茶叶产业

            5月4日，柯望舒来到河口镇，调研茶叶产业发展情况，县农业农村局负责人陪同。

            河口镇开展人居环境整治

            近日，河口镇组织镇村干部和志愿者开展人居环境集中整治，清运垃圾30余吨。
            """)
        try #require(page.articles.count == 3)
        #expect(LayoutFixtures.headlines(page) == ["县政府召开春季农业生产调度会", "柯望舒到河口镇调研茶叶产业", "河口镇开展人居环境整治"])
    }

    @Test func oneTitleAboveADatedParagraphIsOneArticle() {
        let page = LayoutFixtures.page(
            """
            县政府召开春季农业生产调度会

            5月3日上午，县政府召开春季农业生产调度会，县长柯望舒出席会议并讲话。

            会议要求，各乡镇要抓好春耕备耕，确保粮食面积稳定。
            """)
        #expect(page.articles.count == 1)
        #expect(LayoutFixtures.headlines(page) == ["县政府召开春季农业生产调度会"])
    }

    @Test func aFrontPagesIndexEntriesAreArticlesAndItsDateLineIsNoHeadline() throws {
        let page = LayoutFixtures.page(
            """
            青禾日报
            2024年10月12日　星期六　今日8版

            青禾县重大项目集中开工

            本报讯（记者 邝远航）10月11日，全县秋季重大项目集中开工仪式在河口镇举行。

            导读

            县人大常委会开展执法检查

            10月10日，县人大常委会副主任濮立涛带队检查水污染防治法实施情况。（2版）

            河口镇露营地火了乡村游

            河口镇打造溪滩露营地，国庆假期接待游客3万人次。（3版）
            """)
        try #require(page.articles.count == 3)
        #expect(LayoutFixtures.headlines(page) == ["青禾县重大项目集中开工", "县人大常委会开展执法检查", "河口镇露营地火了乡村游"])
        #expect(LayoutFixtures.authors(page, 0) == ["邝远航/记者"])
    }

    @Test func aNoticesHeadlineStandsAboveItsAddressees() {
        let page = LayoutFixtures.page(
            """
            青禾县人民政府办公室关于召开全县森林防灭火工作会议的通知

            各乡镇人民政府，县政府各部门：

            经县政府同意，决定召开全县森林防灭火工作会议。现将有关事项通知如下：
            """)
        #expect(LayoutFixtures.headlines(page) == ["青禾县人民政府办公室关于召开全县森林防灭火工作会议的通知"])
    }

    /// A column's name above a headline (`城事速递`) is the page's, not the headline; a headline
    /// above its subheadline stays the headline.
    @Test func aColumnNameAboveAHeadlineIsNotTheHeadline() throws {
        let page = LayoutFixtures.page(
            """
            青禾日报　2024年4月18日　第2版

            城事速递
            市区新增12处夜间共享停车点

            本报讯（记者 邝远航）记者4月17日从市公安局交警支队获悉，市区新增夜间共享停车点12处。

            民生关注
            青禾县举办春季就业援助专场招聘会

            本报讯（记者 柯望舒）4月16日上午，青禾县春季就业援助专场招聘会在县体育馆举行。
            """)
        try #require(page.articles.count == 2)
        #expect(LayoutFixtures.headlines(page) == ["市区新增12处夜间共享停车点", "青禾县举办春季就业援助专场招聘会"])
    }
}
