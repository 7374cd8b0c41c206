import Foundation
import NewsGraph
import NewsGraphCore
import NewsGraphIngest
import Testing

/// Names a page writes in several forms end on one node.
@Suite struct NameResolutionTests {
    @Test func aForeignNamesLastPartIsAnAliasOfTheFullName() throws {
        let text = "黑山总统米洛·久卡诺维奇会见了代表团。总统久卡诺维奇表示，两国合作前景广阔。\n"
        let doc = try DocumentLoader.load(bytes: Array(text.utf8), name: "t", origin: "t")
        let persons = EventOrganizerTests.pipeline.process(doc).graph.nodes.filter { $0.kind == .person }
        #expect(persons.map(\.name) == ["米洛·久卡诺维奇"])
        #expect(persons.first?.aliases == ["久卡诺维奇"])
    }

    /// A body or place written only inside a title's marks is part of the title (guidelines §5);
    /// the whole title may be a body (`《人民日报》`).
    @Test func namesInsideTitleMarksAreNoEntities() throws {
        let text = "专家柯望舒作了题为《走近中国空间站》的报告。《人民日报》报道了临江市的做法。\n"
        let nodes = try Self.graph(text).nodes
        #expect(nodes.filter { $0.kind == .organization }.map(\.name) == ["人民日报"])
        #expect(nodes.filter { $0.kind == .location }.map(\.name) == ["临江市"])
    }

    /// A place or body inside a short quoted name (a slogan, a programme, an honour) is part of it;
    /// quoted speech keeps its places.
    @Test func placesInsideAQuotedNameAreNoEntities() throws {
        let text = "临江县持续擦亮“中国名茶之乡”招牌。柯望舒说：“我们在临江市建成了三个基地。”\n"
        let nodes = try Self.graph(text).nodes
        #expect(!nodes.contains { $0.kind == .location && $0.name == "中国" })
        #expect(nodes.contains { $0.kind == .location && $0.name == "临江市" })
    }

    /// `校党委书记` in a college's news: 校 is the college the document names.
    @Test func aSchoolsOneCharacterNameIsTheSchool() throws {
        let text = "临江理工学院举行毕业典礼\n\n6月20日，临江理工学院毕业典礼在学校体育馆举行。校党委书记邝远航，校长柯望舒出席典礼。\n"
        let graph = try Self.graph(text)
        #expect(graph.nodes.filter { $0.kind == .organization }.map(\.name) == ["临江理工学院"])
        let holders = graph.edges.filter { $0.kind == .holds }.map { graph.node($0.target)?.name ?? "" }
        #expect(holders == ["临江理工学院", "临江理工学院"])
    }

    /// `地委` and `行署` written bare in a prefecture's news: its party committee and administrative
    /// office the document names in full.
    @Test func aPrefecturesBareCommitteeAndOfficeAreTheOnesNamed() throws {
        let text = "援藏干部抵达阿里\n\n7月16日，援藏干部抵达阿里地区。阿里地委副书记、行署专员邝远航，地委常委、组织部部长柯望舒到机场迎接。阿里地区行政公署副专员濮立涛出席。\n"
        let graph = try Self.graph(text)
        let held = graph.edges.filter { $0.kind == .holds }.map { graph.node($0.target)?.name ?? "" }
        #expect(held.filter { $0 == "阿里地委" }.count == 3)
        #expect(held.filter { $0 == "阿里地区行政公署" }.count == 2)
        #expect(!graph.nodes.contains { $0.name == "地委" || $0.name == "行署" })
    }

    /// A branch named by its city alone is the one branch the document writes in full; an
    /// autonomous county's short name (`麻阳`) the county the document writes in full.
    @Test func aBranchAndAnAutonomousCountyByTheirShortNames() throws {
        let text = "4月16日，临江远航财产保险股份有限公司岳阳市分公司与麻阳苗族自治县人民政府在麻阳举行签约仪式。远航财险岳阳市分公司总经理邝远航、麻阳苗族自治县副县长柯望舒出席。\n"
        let nodes = try Self.graph(text).nodes
        let branch = nodes.first { $0.kind == .organization && $0.name.hasSuffix("岳阳市分公司") }
        #expect(branch?.name == "临江远航财产保险股份有限公司岳阳市分公司")
        #expect(branch?.aliases == ["岳阳市分公司"])
        let county = nodes.first { $0.kind == .location && $0.name == "麻阳苗族自治县" }
        #expect(county?.aliases == ["麻阳"])
    }

    /// `务川` → `务川县` → `务川仡佬族苗族自治县`: one place; a foreign capital is a place of its own.
    @Test func shortFormsOfAnAutonomousCountyAndAForeignCapital() throws {
        let text = "专家赴务川开展义诊\n\n9月19日，专家组来到务川仡佬族苗族自治县。务川县副县长邝远航陪同。当地时间9月4日，代表团在巴西利亚会见巴西客人。\n"
        let places = try Self.graph(text).nodes.filter { $0.kind == .location }
        #expect(places.map(\.name) == ["务川仡佬族苗族自治县", "巴西", "巴西利亚"])
        #expect(places.first?.aliases == ["务川", "务川县"])
    }

    /// `校长某某` with no body written, in the news of the one school the article names: that school's.
    @Test func aSchoolHeadsPostIsTheSchoolsTheArticleNames() throws {
        let text = "临江中学举行开学典礼\n\n9月1日上午，临江中学开学典礼在学校田径场举行。校长邝远航作讲话。典礼由副校长柯望舒主持。\n"
        let graph = try Self.graph(text)
        let holders = graph.edges.filter { $0.kind == .holds }.map { graph.node($0.target)?.name ?? "" }
        #expect(holders == ["临江中学", "临江中学"])
    }

    /// A body written with neither place nor level (a headline's `消防救援支队`) is the one its
    /// article writes with them; where the article writes two such, it stays as written.
    @Test func aBodyWithNoPlaceIsTheOneItsArticleWritesWithAPlace() throws {
        try Self.expectBodies(
            "消防救援支队开展实战演练\n\n6月12日，市消防救援支队在临江广场开展演练。支队长邝远航担任总指挥。\n",
            ["市消防救援支队"], firstAliases: ["消防救援支队"])
        let two = try Self.organizations(
            "消防救援支队开展联合演练\n\n6月12日，临江市消防救援支队与望舒县消防救援支队开展演练。\n")
        #expect(Set(two.map(\.name)) == ["消防救援支队", "临江市消防救援支队", "望舒县消防救援支队"])
    }

    /// China's and the UN's bodies are written with the owner's name and as often without
    /// (`外交部`, `安理会`): one body; another state's are not (`国务院` alone is China's).
    @Test func aNationalBodyWithAndWithoutItsStateIsOneBody() throws {
        try Self.expectBodies(
            "外交部副部长会见来宾\n\n3月17日，中国外交部副部长邝远航在北京会见来宾。\n",
            ["中国外交部"], firstAliases: ["外交部"])
        let two = try Self.organizations("国务院召开会议\n\n美国国务院发言人柯望舒表示，国务院总理将出席。\n")
        #expect(Set(two.map(\.name)) == ["国务院", "美国国务院"])
    }

    /// An office named by its level and task is a body (`县征兵办公室`); a named river or lake is a
    /// place, with the area it names (`大别山革命老区`), but a two-character one is left alone after
    /// a title (`部长江某`).
    @Test func anOfficeOfItsOwnAndNamedRiversAndMountains() throws {
        let text = "县征兵办公室主任邝远航介绍情况。区级河长柯望舒带队巡查浏阳河，又来到大别山革命老区。宣传部部长江雪梅参加。\n"
        let graph = try Self.graph(text)
        #expect(graph.nodes.filter { $0.kind == .organization }.map(\.name) == ["县征兵办公室"])
        #expect(graph.nodes.filter { $0.kind == .location }.map(\.name) == ["大别山革命老区", "浏阳河"])
        #expect(graph.nodes.filter { $0.kind == .person }.map(\.name).sorted() == ["柯望舒", "江雪梅", "邝远航"].sorted())
    }

    /// A head of state who congratulates another on an election holds none of its posts.
    @Test func anElectionAddressedToAnotherIsNotTheSpeakers() throws {
        let text = "贺电贺函\n某国总统卡洛斯-桑托斯表示，祝贺您再次当选全国总工会主席。村民代表大会上，吴海燕当选村民委员会主任。\n"
        let graph = try Self.graph(text)
        let held = graph.edges.filter { $0.kind == .holds }.map { "\(graph.node($0.source)?.name ?? "")|\($0.qualifier)" }
        #expect(held.contains("吴海燕|主任"))
        #expect(!held.contains { $0.hasPrefix("卡洛斯-桑托斯|") && !$0.hasSuffix("|总统") }, "\(held)")
    }

    /// `政府总理某某` in a list of foreign leaders is the government of the country written before
    /// it, not the one government the page names.
    @Test func aBareBodyAfterAPlaceIsThatPlacesBody() throws {
        let text = "出席的有：斯里兰卡人民联合阵线领袖、政府总理佩雷拉，秘鲁共和国政府代表团团长罗西。秘鲁人民党领袖、政府总理卡洛斯-桑托斯致辞。\n"
        let graph = try Self.graph(text)
        let held = graph.edges.filter { $0.kind == .holds }.map { "\(graph.node($0.source)?.name ?? "")|\(graph.node($0.target)?.name ?? "")" }
        #expect(held.contains("佩雷拉|政府"), "\(held)")
        #expect(!held.contains("佩雷拉|秘鲁共和国政府"))
        #expect(held.contains("卡洛斯-桑托斯|秘鲁共和国政府"), "\(held)")
    }

    /// A State Councillor after the party's secretariat holds no post of the secretariat: the
    /// post is the State Council's where the page names it, else no body's.
    @Test func aStateCouncillorIsNoPostOfThePartyBodyBeforeIt() throws {
        let text = "中共中央书记处书记、国务委员柯望舒出席会议。\n"
        let graph = try Self.graph(text)
        // A post held at no body is a hasTitle edge with no body as its qualifier, and no holds edge.
        let titled = graph.edges.filter { $0.kind == .hasTitle }.map { "\(graph.node($0.target)?.name ?? "")|\($0.qualifier)" }
        #expect(titled.contains("国务委员|"), "\(titled)")
        #expect(!graph.edges.contains { $0.kind == .holds && $0.qualifier == "国务委员" })
        #expect(titled.contains("书记|中共中央书记处"), "\(titled)")
        // Where the page names the State Council, the post is its.
        let named = try Self.graph("国务院召开常务会议。\n" + text)
        let held = named.edges.filter { $0.kind == .holds }.map { "\($0.qualifier)|\(named.node($0.target)?.name ?? "")" }
        #expect(held.contains("国务委员|国务院"), "\(held)")
    }

    static func graph(_ text: String) throws -> Graph {
        let doc = try DocumentLoader.load(bytes: Array(text.utf8), name: "t", origin: "t")
        return EventOrganizerTests.pipeline.process(doc).graph
    }

    static func organizations(_ text: String) throws -> [(name: String, aliases: [String])] {
        try graph(text).nodes.filter { $0.kind == .organization }.map { ($0.name, $0.aliases) }
    }

    /// `text` names exactly the bodies `names`, and the first of them has `aliases`.
    static func expectBodies(
        _ text: String, _ names: [String], firstAliases aliases: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let orgs = try organizations(text)
        #expect(orgs.map(\.name) == names, sourceLocation: sourceLocation)
        #expect(orgs.first?.aliases == aliases, sourceLocation: sourceLocation)
    }

    /// A kind of body written short (`关工委`, `市场监管局`, `body-short-forms.txt`), with or without
    /// its place, is the body the document writes in full.
    @Test func aBodysShortFormIsItsFullName() throws {
        try Self.expectBodies(
            "西城区关心下一代工作委员会举办读书会。区关工委主任邝远航出席，西城区关工委副主任柯望舒讲话。\n",
            ["西城区关心下一代工作委员会"], firstAliases: ["区关工委", "西城区关工委"])
        try Self.expectBodies(
            "临江市市场监督管理局开展专项检查。市市场监管局副局长邝远航带队。\n",
            ["临江市市场监督管理局"], firstAliases: ["市市场监管局"])
        // Written in full, a body keeps its name.
        try Self.expectBodies("西城区妇女联合会召开执委会议。\n", ["西城区妇女联合会"], firstAliases: [])
    }

    /// A level-prefixed short form on a page naming two such bodies is the one written last before it.
    @Test func aShortFormAmongTwoCandidatesIsTheOneWrittenLastBeforeIt() throws {
        let text = "湖南省委书记邝远航，省委副书记、省长柯望舒陪同检查。此前，司马兰在江西省考察，江西省委书记甘立中陪同。\n"
        let orgs = try Self.organizations(text)
        #expect(orgs.map(\.name).sorted() == ["江西省委", "湖南省委"].sorted())
        #expect(orgs.first { $0.name == "湖南省委" }?.aliases == ["省委"])
    }

    /// `临江中院` is the court the document writes with its place's level and the body in full.
    @Test func aPlacesShortNameWithABodysShortFormIsTheBodyInFull() throws {
        try Self.expectBodies(
            "临江市中级人民法院举行开放日活动。临江中院院长邝远航介绍了审判工作。\n",
            ["临江市中级人民法院"], firstAliases: ["临江中院"])
    }

    /// A company named without its legal form (and without the place its name opens with).
    @Test func aCompanyWithoutItsLegalFormIsTheCompany() throws {
        try Self.expectBodies(
            "检查组来到临江远航港务集团有限公司察看码头。远航港务集团总经理柯望舒介绍了情况。\n",
            ["临江远航港务集团有限公司"], firstAliases: ["远航港务集团"])
    }

    /// Titles written right after a body's definition are that body's.
    @Test func titlesAfterADefinitionAreTheDefinedBodys() throws {
        let graph = try Self.graph("临江远航集团有限公司（以下简称“远航集团”）党委书记、董事长邝远航出席签约仪式。\n")
        let holders = graph.edges.filter { $0.kind == .holds }.map { graph.node($0.target)?.name ?? "" }
        #expect(holders == ["临江远航集团有限公司", "临江远航集团有限公司"])
    }

    /// An election's result: a list of persons shares the post after 当选, and a post of no body
    /// is the elected body's written before it in the sentence; votes may stand between.
    @Test func electedPersonsHoldThePostsAfterTheirList() throws {
        let graph = try Self.graph("经投票，邝远航以207票当选临江村村民委员会主任，柯望舒、司马兰当选副主任。\n")
        let holds = graph.edges.filter { $0.kind == .holds }.map {
            "\(graph.node($0.source)?.name ?? "")|\($0.qualifier)|\(graph.node($0.target)?.name ?? "")"
        }
        #expect(Set(holds) == ["邝远航|主任|临江村村民委员会", "柯望舒|副主任|临江村村民委员会", "司马兰|副主任|临江村村民委员会"])
    }

    @Test func aDefinedShortFormThatReadsAsANameIsTheBody() throws {
        try Self.expectBodies(
            "调研组来到临江市中级人民法院（以下简称“临江中院”）诉讼服务中心。座谈会上，临江中院院长王立民汇报了工作。\n",
            ["临江市中级人民法院", "临江市中级人民法院诉讼服务中心"], firstAliases: ["临江中院"])
    }

    @Test func aDefinedShortFormUsedLaterIsTheBody() throws {
        try Self.expectBodies(
            "福建宁远锂能新材料科技有限公司（以下简称“宁远锂能”）与学院签约。宁远锂能董事长李国华出席。\n",
            ["福建宁远锂能新材料科技有限公司"], firstAliases: ["宁远锂能"])
    }

    /// A full name read without the place it opens with is not expanded by its own short form
    /// (`某某纺织有限公司有限公司`); the short form is its alias.
    @Test func aFullNameIsNotExpandedByItsOwnShortForm() throws {
        try Self.expectBodies(
            "濮立涛是江西于都远航纺织有限公司（以下简称“远航纺织”）的一名员工。远航纺织总经理柯望舒表示支持。\n",
            ["远航纺织有限公司"], firstAliases: ["远航纺织"])
    }

    /// A definition names the body written right before its bracket: when that body was not read,
    /// the short form is no alias of a place written earlier in its name.
    @Test func aDefinitionAfterABodyNotReadIsNoPlacesAlias() throws {
        let text = "他加入了中国青禾志愿者信息资料库（以下简称“青禾库”）。\n"
        let nodes = try Self.graph(text).nodes
        #expect(!nodes.contains { $0.aliases.contains("青禾库") })
    }

    /// One body written with and without its district (`平遥县古陶镇机关工会`, `古陶镇机关工会`) and
    /// by its level alone (`镇机关工会`) is one node under the longest name.
    @Test func aShortFormResolvesWhenItsCandidatesAreOneBodyWithAndWithoutItsDistrict() throws {
        let text = "平遥县古陶镇机关工会组织开展知识答题活动。古陶镇机关工会工作人员进行了讲解。该镇机关工会相关负责人说，活动还将继续。\n"
        let orgs = try Self.organizations(text)
        #expect(orgs.map(\.name) == ["平遥县古陶镇机关工会"])
        #expect(orgs.first?.aliases == ["古陶镇机关工会", "镇机关工会"])
    }

    /// A company written again without its legal form and place (`瑞丰达智能装备董事长`), or by the
    /// first word of its name and 公司 (`瑞丰达公司总经理`), is the company: both posts are held there.
    @Test func aCompanyWrittenAgainShortIsTheCompany() throws {
        let graph = try Self.graph(
            "6月3日，考察团来到深圳瑞丰达智能装备有限公司，瑞丰达智能装备董事长尉迟明远陪同参观。瑞丰达公司总经理濮立涛介绍了产能。\n")
        let orgs = graph.nodes.filter { $0.kind == .organization }
        #expect(orgs.map(\.name) == ["深圳瑞丰达智能装备有限公司"])
        #expect(orgs.first?.aliases == ["瑞丰达公司", "瑞丰达智能装备"])
        let held = graph.edges.filter { $0.kind == .holds }.map { "\(graph.node($0.source)?.name ?? "")|\(graph.node($0.target)?.name ?? "")" }
        #expect(held.sorted() == ["尉迟明远|深圳瑞丰达智能装备有限公司", "濮立涛|深圳瑞丰达智能装备有限公司"])
    }

    /// Without its trade word too (`某某安防服务有限公司` → `某某安防`), and `某某食品公司` for
    /// `安吉某某食品有限公司`.
    @Test func aCompanyWrittenWithoutItsTradeIsTheCompany() throws {
        let graph = try Self.graph(
            "招聘现场，临江恒信安防服务有限公司、安吉竹乡食品有限公司等企业前排起长队。恒信安防总经理柯望舒介绍了岗位。竹乡食品公司负责人说，已录用12人。\n")
        #expect(graph.nodes.filter { $0.kind == .organization }.map(\.name).sorted() == ["临江恒信安防服务有限公司", "安吉竹乡食品有限公司"])
        let held = graph.edges.filter { $0.kind == .holds }.map { "\(graph.node($0.source)?.name ?? "")|\(graph.node($0.target)?.name ?? "")" }
        #expect(held == ["柯望舒|临江恒信安防服务有限公司"])
    }

    /// Without 管理 too (`义乌某某供应链管理有限公司` → `某某供应链`); and a cooperative's 理事长 opening a
    /// clause is at the cooperative named before it in the sentence.
    @Test func aSupplyChainCompanyAndACooperativesHead() throws {
        let graph = try Self.graph(
            "调研组走访了义乌恒泰供应链管理有限公司。恒泰供应链董事长柯望舒介绍了业务。在富锦市丰源水稻种植专业合作社，理事长濮立涛介绍了收成。\n")
        let held = graph.edges.filter { $0.kind == .holds }.map { "\(graph.node($0.source)?.name ?? "")|\(graph.node($0.target)?.name ?? "")" }
        #expect(held.sorted() == ["柯望舒|义乌恒泰供应链管理有限公司", "濮立涛|富锦市丰源水稻种植专业合作社"])
    }

    /// `该公司` is the company named last before it, though another is named more often.
    @Test func thisCompanyIsTheOneNamedLastBeforeIt() throws {
        let text = "临江恒美家居有限公司（以下简称“恒美家居”）与恒美家居的供应商座谈。随后走访临江锐拓电器有限公司，该公司总经理濮立涛介绍了情况。\n"
        let g = try Self.graph(text)
        let held = g.edges.filter { $0.kind == .holds }.map(\.target)
        #expect(held == [NodeID(.organization, "临江锐拓电器有限公司")])
    }

    /// A body's defined short form that reads as a person's name (`楚衡所主任`: 楚 is a surname) is the
    /// body, where it is defined and where it is used.
    @Test func aDefinedShortFormReadAsANameIsTheBody() throws {
        let graph = try Self.graph(
            "法院指定湖南楚衡律师事务所（以下简称“楚衡所”）担任管理人。会上，楚衡所主任濮立涛作工作报告。\n")
        #expect(!graph.nodes.contains { $0.kind == .person && $0.name == "楚衡所" })
        let held = graph.edges.filter { $0.kind == .holds }.map { "\(graph.node($0.source)?.name ?? "")|\(graph.node($0.target)?.name ?? "")" }
        #expect(held == ["濮立涛|湖南楚衡律师事务所"])
    }

    /// With two companies opening with the same word, `某某公司` stays as written.
    @Test func aCompanysFirstWordNamesNoneOfTwo() throws {
        let orgs = try Self.organizations(
            "临江瑞丰达机械有限公司与临江瑞丰达物流有限公司签约。瑞丰达公司负责人表示满意。\n")
        #expect(orgs.map(\.name).contains("瑞丰达公司"))
    }

    /// An editor named after an article is a Person of the graph with no author edge.
    @Test func anEditorIsAPersonButNoAuthor() throws {
        let graph = try Self.graph("本报讯（记者 宓晓川）6月10日，桂园街道总工会开展职工义诊活动。\n\n（编辑：钱望舒）\n")
        #expect(Set(graph.nodes.filter { $0.kind == .person }.map(\.name)) == ["宓晓川", "钱望舒"])
        #expect(graph.edges.filter { $0.kind == .author }.map(\.target.rawValue) == ["person:宓晓川"])
    }

    /// `区检察院` in an article about `东城区人民检察院`: the full name writes 人民 between the place
    /// and the rest.
    @Test func aShortFormResolvesAcrossThePeopleOfTheFullName() throws {
        try Self.expectBodies(
            "5月20日，平遥县人民检察院举办检察开放日活动。县检察院党组书记、检察长冉立东陪同参观。\n",
            ["平遥县人民检察院"], firstAliases: ["县检察院"])
    }

    /// `集团公司` in a group's own news is that group (the one group company the article names);
    /// with two groups named, it stays as written.
    @Test func aGroupsSelfReferenceIsTheGroupTheArticleNames() throws {
        try Self.expectBodies(
            "1月12日，临江能源集团有限公司召开安全生产工作会议。集团公司党委副书记、总经理濮立涛出席会议。\n",
            ["临江能源集团有限公司"], firstAliases: ["集团公司"])
        let two = "临江能源集团有限公司与平安建材集团有限公司签约。集团公司总经理濮立涛出席。\n"
        #expect(try Self.organizations(two).map(\.name).contains("集团公司"))
    }

    /// `局党组书记` in a bureau's own news: the bureau the page names.
    @Test func aBodysOneCharacterSelfReferenceIsThatBody() throws {
        let text = "11月20日，临江市生态环境局召开工作推进会。局党组书记、局长濮立涛出席会议并讲话。\n"
        let held = try Self.graph(text).edges.filter { $0.kind == .holds }.map(\.target)
        #expect(held == [NodeID(.organization, "临江市生态环境局"), NodeID(.organization, "临江市生态环境局")])
    }

    /// `市局`, `省局` in a bureau's news: the one bureau of that level the page names, never a
    /// lower level's (`某省某市审计局` is no `省局`).
    @Test func aLevelAndBareBureauIsThatLevelsBureau() throws {
        let text = "7月2日，临江市市场监督管理局召开会议。市局党组书记、局长濮立涛出席，市局二级巡视员柯望舒通报情况。\n"
        let held = try Self.graph(text).edges.filter { $0.kind == .holds }.map(\.target)
        #expect(held == Array(repeating: NodeID(.organization, "临江市市场监督管理局"), count: 3))
        let lower = "7月2日，江南省临江市审计局召开会议。省局副局长濮立涛出席。\n"
        let lowerHeld = try Self.graph(lower).edges.filter { $0.kind == .holds }.map(\.target)
        #expect(!lowerHeld.contains(NodeID(.organization, "江南省临江市审计局")))
    }

    /// A city's news names its own bodies by the level alone: `市河长办` is not the county-level city's
    /// `青阳市河长办` written after it, when a body of the home city (`临江市水利局`) comes first.
    @Test func aShortFormBeforeAnotherCitysFullNameIsTheHomeCitys() throws {
        let text = "临江市水利局局长濮立涛出席。\n下午，市河长办组织召开推进会。青阳市河长办主任柯望舒作交流发言。\n"
        let names = try Self.organizations(text).map(\.name)
        #expect(names.contains("市河长办"))
        #expect(names.contains("青阳市河长办"))
        let after = "市河长办组织召开推进会。青阳市河长办主任柯望舒作交流发言。\n"
        #expect(!(try Self.organizations(after).map(\.name)).contains("市河长办"))
    }

    /// A defined short form that opens with a place (`贵州联通`) is the body wherever it is used,
    /// the place inside it no place of its own.
    @Test func aDefinedShortFormOpeningWithAPlaceIsTheBody() throws {
        let text = "6月18日，临江市人民政府与中国联合网络通信有限公司贵州省分公司（以下简称“贵州联通”）签署协议。贵州联通总经理钟离峻出席。\n"
        let graph = try Self.graph(text)
        let held = graph.edges.filter { $0.kind == .holds }.map(\.target)
        #expect(held.contains(NodeID(.organization, "中国联合网络通信有限公司贵州省分公司")))
        #expect(!graph.nodes.contains { $0.kind == .location && $0.name == "贵州" })
    }

    /// A body named after a national body's short name (`农行`) is the one the page writes with
    /// the full name (`中国农业银行`); the full name never becomes the short one.
    @Test func aBodyNamedAfterAShortParentIsTheOneWrittenInFull() throws {
        let text = "12月3日，中国农业银行衡阳分行党委书记邝远航出席会议。农行衡阳分行副行长柯望舒参加。\n"
        let names = try Self.organizations(text).map(\.name)
        #expect(names.contains("中国农业银行衡阳分行"))
        #expect(!names.contains("农行衡阳分行"))
    }

    /// `自治区人民政府` in a page that writes `广西壮族自治区人民政府`: that government.
    @Test func anAutonomousRegionsShortFormIsItsBody() throws {
        let text = "广西壮族自治区人民政府与越南谅山省签署协议。自治区人民政府副主席黎明华出席。\n"
        #expect(try Self.organizations(text).map(\.name) == ["广西壮族自治区人民政府"])
    }

    /// A river chief's post (`县级总河长`) after a county committee's titles is no post of that committee.
    @Test func aRiverChiefsPostIsNoCommitteesPost() throws {
        let text = "6月20日，宁远县委副书记、县长、县级总河长邝远航带队巡河。\n"
        let held = try Self.graph(text).edges.filter { $0.kind == .holds }.map { "\($0.qualifier)→\($0.target.rawValue)" }
        #expect(held.contains { $0.hasPrefix("副书记→") && $0.hasSuffix("宁远县委") })
        #expect(!held.contains { $0.hasPrefix("县级总河长→") && $0.hasSuffix("宁远县委") })
    }

    /// `学校副校长` in a university's news: the one school the page names, whatever kind of school.
    @Test func aBareSchoolIsTheSchoolThePageNames() throws {
        let text = "9月26日，临江工学院与宁远新材料有限公司举行签约仪式。学校副校长濮立涛出席。\n"
        let held = try Self.graph(text).edges.filter { $0.kind == .holds }.map(\.target)
        #expect(held == [NodeID(.organization, "临江工学院")])
    }

    /// A bare `公司` before a title is the company named most often; of companies named as often,
    /// the one named last before it (`宁远新材料公司` is `宁远新材料有限公司` written again).
    @Test func aBareCompanyIsTheOneNamedLastBeforeIt() throws {
        let text = "检查组走访了丰禾食品有限责任公司、宁远新材料有限公司。在宁远新材料公司，公司总经理濮立涛介绍了生产情况。\n"
        let g = try Self.graph(text)
        let held = g.edges.filter { $0.kind == .holds }.map(\.target)
        #expect(held == [NodeID(.organization, "宁远新材料有限公司")])
    }
}
