import Foundation
import NewsGraph
import NewsGraphIngest
import Testing

/// Who holds an event (`organized`), on short pages written for these tests.
@Suite struct EventOrganizerTests {
    static let pipeline = try! Pipeline(rulesDirectory: RuleExampleTests.rulesDirectory)

    /// The organizers of each event the page gives, by name.
    static func organizers(_ text: String) throws -> [[String]] {
        let doc = try DocumentLoader.load(bytes: Array(text.utf8), name: "t", origin: "t")
        return pipeline.process(doc).extraction.events.map { $0.organizers.map(\.text) }
    }

    /// The places of all the page's events, by name.
    static func places(_ page: String) throws -> [String] {
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        return pipeline.process(doc).extraction.events.flatMap { $0.locations.map(\.text) }
    }

    /// The attendees of a page's events, and its posts held as `person|title|organization`.
    static func attendeesAndPosts(_ page: String) throws -> (attendees: [String], held: [String]) {
        let result = pipeline.process(try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t"))
        let attendees = result.extraction.events.flatMap { $0.attendees.map(\.person.text) }
        let held = result.extraction.holds.map { "\($0.person.text)|\($0.title.text)|\($0.organization?.text ?? "")" }
        return (attendees, held)
    }

    /// Posts of two bodies parted by a comma before one name are that person's; a post taken on
    /// (`担任现场总指挥`) is not the next person's.
    @Test func postsOfTwoBodiesPartedByACommaAreOnePersons() throws {
        let (_, held) = try Self.attendeesAndPosts(
            "6月2日，湖南省委常委、秘书长，省政府党组成员柯望舒出席会议。镇长邝远航担任现场总指挥，县应急管理局副局长濮立涛现场指导。\n")
        #expect(held.contains("柯望舒|常委|湖南省委"))
        #expect(held.contains("柯望舒|秘书长|湖南省委"))
        #expect(held.contains("柯望舒|党组成员|省政府"))
        #expect(!held.contains { $0.hasPrefix("濮立涛|总指挥") })
    }

    /// A head's post opening a clause (`，站长甲`) is at the body the sentence opens with as its
    /// subject, when the post's kind is the body's (站); not when that body heads another's posts.
    @Test func aHeadsPostIsAtTheBodyOpeningTheSentence() throws {
        let (_, held) = try Self.attendeesAndPosts(
            "9月26日，珠海出入境边防检查站召开部署会，站长濮立涛要求严格落实。临江法院党组书记、院长邝远航介绍情况，副院长柯望舒主持座谈。\n")
        #expect(held.contains("濮立涛|站长|珠海出入境边防检查站"))
        #expect(held.contains("柯望舒|副院长|"))
    }

    /// A byline's names in brackets before the body do not open the sentence.
    @Test func aHeadsPostIsAtTheBodyAfterABylineInBrackets() throws {
        let (_, held) = try Self.attendeesAndPosts(
            "本报讯（记者 邝远航 通讯员 柯望舒）9月8日上午，临江县教育科技体育局开展走访慰问活动，副局长濮立涛一行来到岭背小学。\n")
        #expect(held.contains("濮立涛|副局长|临江县教育科技体育局"))
    }

    /// A company's post opening a clause is at the company named last before it, in its sentence
    /// or the one before; not after a company heading another person's posts.
    @Test func aCompanysPostIsAtTheCompanyJustVisited() throws {
        let (_, held) = try Self.attendeesAndPosts(
            "他来到临江智造电子科技有限公司，董事长濮立涛介绍了新产线。随后走进临江茶业有限公司的车间。总经理柯望舒介绍了销售情况。公司董事长邝远航主持会议，副董事长宓晓川出席。\n")
        #expect(held.contains("濮立涛|董事长|临江智造电子科技有限公司"))
        #expect(held.contains("柯望舒|总经理|临江茶业有限公司"))
        #expect(held.contains("宓晓川|副董事长|"))
    }

    /// Someone appointed (`受聘为`) holds the post after it, though the body's short form is
    /// defined between the body and the post.
    @Test func anAppointeeHoldsThePostAfterADefinedBody() throws {
        let (_, held) = try Self.attendeesAndPosts(
            "5月20日，中国科学院院士邝远航受聘为湘江科技大学材料科学与工程学院（以下简称“材料学院”）名誉院长。\n")
        #expect(held.contains("邝远航|院士|中国科学院"))
        #expect(held.contains("邝远航|名誉院长|湘江科技大学材料科学与工程学院"))
    }

    /// Someone a meeting appoints holds the post after 为 but does not attend the meeting.
    @Test func anAppointedPersonHoldsThePostButDoesNotAttend() throws {
        let (attendees, held) = try Self.attendeesAndPosts("11月3日，县政协召开常委会议，主席邝远航主持会议。会议增补柯望舒为县政协委员。\n")
        #expect(attendees == ["邝远航"])
        #expect(held.contains("柯望舒|委员|县政协"))
    }

    /// The list after a sentence of what was done (`他们是：…`) names those who came to it; not after
    /// an appointment (they are its objects).
    @Test func theListAfterASentenceOfWhatWasDoneNamesItsAttendees() throws {
        let (attendees, _) = try Self.attendeesAndPosts(
            "国家主席邝远航12月10日在人民大会堂接受3国新任驻华大使递交国书。他们是：冰岛驻华大使贡纳尔·埃里克松、斐济驻华大使约内·托马、老挝驻华大使坎塔·西萨。递交国书仪式结束后，邝远航发表讲话。\n")
        #expect(Set(attendees) == ["邝远航", "贡纳尔·埃里克松", "约内·托马", "坎塔·西萨"])
        let (appointed, _) = try Self.attendeesAndPosts(
            "县人大常委会召开第十次会议，主任邝远航主持会议。会议任命了县监察委员会委员。他们是：柯望舒、濮立涛。\n")
        #expect(appointed == ["邝远航"])
    }

    /// A sentence going on with the event's paragraph tells what was done there, by whom (no cue word
    /// needed); one telling who was honoured does not, nor does a paragraph of its own.
    @Test func theEventsParagraphGoesOnWithWhatWasDoneThere() throws {
        let (attendees, _) = try Self.attendeesAndPosts(
            "3月5日上午，临江市人民医院在某社区开展义诊活动，院长邝远航带队。在血压检测点，心内科主任医师柯望舒为居民测量血压。同日，濮立涛被评为优秀志愿者。\n\n居民厍远航在家中休息。\n")
        #expect(Set(attendees) == ["邝远航", "柯望舒"])
    }

    /// Someone elected at a congress (`当选为…会长`) holds the post but is no attendee (guidelines §5).
    @Test func anElectedPersonHoldsThePostButDoesNotAttend() throws {
        let (attendees, held) = try Self.attendeesAndPosts(
            "12月15日，市律师协会第六次会员代表大会召开。市司法局局长邝远航出席会议并讲话。会议选举产生新一届理事会，柯望舒当选为市律师协会会长。\n")
        #expect(attendees == ["邝远航"])
        #expect(held.contains("柯望舒|会长|市律师协会"))
    }

    /// After a meeting ended, another body's occasion is one of its own (`会见结束后，…出席了某商会主办的
    /// 交流会`); who `参加会见` after it joined the meeting.
    @Test func anOccasionAfterAMeetingEndedIsItsOwnAndJoiningTheMeetingGoesBack() throws {
        let page = """
            省外办主任会见总领事

            本报讯 3月18日下午，省外办主任邝远航在成都会见了波兰驻成都总领事马切伊·科瓦尔斯基一行。

            会见结束后，邝远航与科瓦尔斯基共同出席了浙江省欧洲企业商会主办的中波企业对接交流会。商会会长柯望舒介绍了会员企业情况。

            省外办副主任濮立涛参加会见。

            """
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        let events = Self.pipeline.process(doc).extraction.events
        let byLabel = Dictionary(events.map { ($0.label.text, Set($0.attendees.map(\.person.text))) }, uniquingKeysWith: { $0.union($1) })
        #expect(byLabel["会见"]?.contains("濮立涛") == true)
        #expect(byLabel["中波企业对接交流会"]?.contains("柯望舒") == true)
        #expect(byLabel["中波企业对接交流会"]?.contains("濮立涛") == false)
        #expect(events.first { $0.label.text == "中波企业对接交流会" }?.organizers.map(\.text) == ["浙江省欧洲企业商会"])
    }

    /// `在某市，王某来到…`: a sentence opening with a city where an attendee goes is a place of the
    /// visit; a town or venue opening one (`在某镇，…`) is a stop of it.
    @Test func aCityOpeningASentenceOfAVisitIsWhereItGoes() throws {
        let page = """
            邝远航在江西调研

            6月10日，邝远航在江西调研。在赣州市，邝远航来到一家企业察看生产线。在梓山镇，邝远航走进村民家中。

            """
        let places = try Self.places(page)
        #expect(places.contains("赣州市"))
        #expect(!places.contains("梓山镇"))
    }

    /// A river after 围绕 is what the discussion is about, not where it is held.
    @Test func aPlaceAfter围绕IsTheTopicNotThePlace() throws {
        let page = "湘江生态论坛在长沙举行\n\n11月9日，第三届湘江生态论坛在长沙举行。与会专家围绕湘江流域生态保护开展深入研讨。\n"
        let places = try Self.places(page)
        #expect(places.contains("长沙"))
        #expect(!places.contains("湘江"))
    }

    @Test func aBodyNamedFirstInTheHeadlineHoldsTheVisit() throws {
        let page = "东城区总工会走访慰问环卫职工\n\n本报讯 1月5日上午，东城区总工会主席周明远带队走访慰问环卫职工，送去慰问品。\n"
        #expect(try Self.organizers(page) == [["东城区总工会"]])
    }

    /// The body opening the event's name, written on its own only in a short form, holds it
    /// under that form (the name inside the event's is no entity).
    @Test func aBodyOpeningTheEventsNameHoldsItUnderItsShortForm() throws {
        let page = "9月2日，中共衡阳市委党校秋季学期主体班开班典礼举行。市委党校常务副校长邝远航主持开班典礼。\n"
        #expect(try Self.organizers(page) == [["市委党校"]])
    }

    /// `到甲公司、乙所等单位开展`: the bodies a visit goes to are where it happens, not who holds it.
    @Test func bodiesAVisitGoesToAreNoOrganizers() throws {
        let page = "7月25日，临江市总工会主席邝远航带队，到宁远新材料有限公司、江南区环卫所等单位开展送清凉慰问活动。\n"
        #expect(try Self.organizers(page) == [["临江市总工会"]])
    }

    /// A list of hosts goes on past a body's definition (`X（以下简称“Y”）、Z主办`); who co-organizes
    /// (`协办`) organizes too.
    @Test func hostsListedPastADefinitionAndTheCoOrganizer() throws {
        let page = "5月18日，第十二届临江市青少年机器人竞赛在临江市体育馆开幕。\n\n本届竞赛由临江市科学技术协会（以下简称“市科协”）、临江市教育局主办，远航机器人有限公司协办。\n"
        #expect(try Set(Self.organizers(page).joined()) == ["临江市科学技术协会", "临江市教育局", "远航机器人有限公司"])
    }

    /// A meeting of its own name held at a time of its own the same day is an event of its own; a
    /// system's name (`河湖长制`) holds no title.
    @Test func aNamedMeetingLaterThatDayIsAnEventOfItsOwn() throws {
        let page = "临江市推进河湖治理\n\n3月5日上午，临江市市长邝远航带队到宁远镇调研河湖治理工作。\n\n当天下午，临江市河长办组织召开全市河湖长制工作推进会，副市长柯望舒出席并讲话。\n"
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        let events = Self.pipeline.process(doc).extraction.events
        #expect(events.map(\.label.text) == ["调研", "全市河湖长制工作推进会"])
        #expect(events.last?.attendees.map(\.person.text) == ["柯望舒"])
    }

    /// Where someone's quoted words go is not where the event is.
    @Test func aPlaceInQuotedWordsIsNotWhereTheEventIs() throws {
        let page = "3月12日，临江市总工会主席邝远航到宁远镇走访慰问困难职工，职工柯望舒参加座谈。柯望舒说：“工会两次送我到北京培训，让我学到了真本事。”\n"
        let places = try Self.places(page)
        #expect(places.contains("宁远镇"))
        #expect(!places.contains("北京"))
    }

    /// Nor where a speaker's reported words or a wish send someone (`某某表示，欢迎…到匈牙利考察`).
    @Test func aPlaceInReportedWordsIsNotWhereTheEventIs() throws {
        let page = "4月15日下午，省长邝远航在兰州会见了匈牙利驻华大使柯望舒一行。柯望舒表示，欢迎更多甘肃企业到匈牙利考察。\n"
        let places = try Self.places(page)
        #expect(places.contains("兰州"))
        #expect(!places.contains("匈牙利"))
    }

    @Test func aBodyAfterZaiBeforeTheVerbIsTheVenue() throws {
        let page = "全区中小学教师技能大赛决赛在育才路小学举行，60名教师参赛。区教育局局长孙立平为获奖教师颁奖。\n"
        #expect(try Self.organizers(page) == [[]])
    }

    @Test func aBodyDefiningItsShortFormBeforeTheVerbHoldsTheEvent() throws {
        let page = "本届论坛由临江市文学艺术界联合会（以下简称“临江市文联”）主办，设两个分论坛。\n"
        #expect(try Self.organizers(page) == [["临江市文学艺术界联合会"]])
    }

    @Test func aConferenceHeldAtABodyIsThatBodys() throws {
        let page = "工业和信息化部副部长陈国华在国务院新闻办公室举行的新闻发布会上介绍有关情况。\n"
        #expect(try Self.organizers(page) == [["国务院新闻办公室"]])
    }

    @Test func theSubjectBeforeAPlaceAfterZaiHoldsIt() throws {
        let page = "5月8日，临江区总工会联合明德律师事务所，在滨江产业园开展“法律服务进企业”活动。\n"
        #expect(try Self.organizers(page) == [["临江区总工会", "明德律师事务所"]])
    }

    /// `在` opens a chain of places (`在某区某街道某社区`): the bodies before it hold the event.
    @Test func theSubjectBeforeAChainOfPlacesAfterZaiHoldsIt() throws {
        let page = "11月20日，临江市妇联联合市司法局在江南区洞庭街道金湖社区开展法律服务进社区活动。\n"
        #expect(try Self.organizers(page) == [["临江市妇联", "市司法局"]])
    }

    /// `在甲镇、乙镇开展`: a list of places after `在` is where; the bodies before it hold the event.
    @Test func theSubjectBeforeAListOfPlacesAfterZaiHoldsIt() throws {
        let page = "4月2日，临江市自然资源局联合市农业农村局，在荫田镇、洋泉镇开展耕地保护专项执法行动。\n"
        #expect(try Self.organizers(page) == [["临江市自然资源局", "市农业农村局"]])
    }

    /// Reporting cases to a meeting (`通报`) is something done at it: its speaker attends.
    @Test func aSpeakerWhoReportsToTheMeetingAttends() throws {
        let page = "3月15日，临江市纪委监委召开警示教育大会。\n\n市纪委书记柯望舒通报了有关案件情况。\n"
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        #expect(Self.pipeline.process(doc).extraction.events.map { $0.attendees.map(\.person.text) } == [["柯望舒"]])
    }

    @Test func aBodyRunningAProgrammeNamedInTheSentenceDoesNotHoldTheEvent() throws {
        let page = "近日，顺河镇总工会举办职工知识竞赛。工作人员讲解了省职工互助会开展的《职工住院互助保障活动》等内容。\n"
        #expect(try Self.organizers(page) == [["顺河镇总工会"]])
    }

    @Test func theBodyOfWhoeverLeadsTheVisitHoldsIt() throws {
        let page = "3月5日，洛阳市人大常委会副主任韩志国带领部分市人大代表，视察涧西区、西工区老旧小区改造项目。\n"
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        let events = Self.pipeline.process(doc).extraction.events
        #expect(events.map { $0.organizers.map(\.text) } == [["洛阳市人大常委会"]])
        #expect(events.map { $0.locations.map(\.text) } == [["涧西区", "西工区"]])
    }

    @Test func aPlaceAfterZaiIsTheEventsOnlyWhenTheEventHappensThere() throws {
        let page = "5月8日，宜城市政协副主席蔡立群带队赴武汉，双方进行了座谈交流。座谈会上，蔡立群介绍了项目在宜城发展情况。\n"
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        let places = Self.pipeline.process(doc).extraction.events.map { $0.locations.map(\.text) }
        #expect(places == [["武汉"]])
        let arrived = "8月2日，县人民医院组织义诊活动，首站就来到了英山县城。\n"
        let doc2 = try DocumentLoader.load(bytes: Array(arrived.utf8), name: "t", origin: "t")
        #expect(Self.pipeline.process(doc2).extraction.events.map { $0.locations.map(\.text) } == [["英山县"]])
    }

    /// The headline names the county, the body the county and the town: the town says where.
    @Test func thePlaceAChainEndsInSaysWhere() throws {
        let page = "市人民医院专家赴宁远县开展义诊活动\n\n9月19日，市人民医院院长邝远航带领12名专家，赴宁远县天堂镇开展义诊活动。\n"
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        #expect(Self.pipeline.process(doc).extraction.events.map { $0.locations.map(\.text) } == [["天堂镇"]])
    }

    /// A place before a title is the holder's, not where a meeting is; `在北京同…举行会谈` is.
    @Test func aMeetingIsWhereItsHeldNotWhereAGuestComesFrom() throws {
        let page = "外交部长同甲国外长举行会谈\n\n新华社北京3月2日电 外交部长邝远航2日在北京同甲国外交部长卡洛斯·门德斯举行会谈。\n"
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        let events = Self.pipeline.process(doc).extraction.events
        #expect(events.map { $0.locations.map(\.text) } == [["北京"]])
    }

    /// `X一行到…调研`: the one whose party it is leads the visit, and that person's body holds it;
    /// the places right after `走访慰问` are where the visit goes.
    @Test func aPartysLeaderAndAVisitsPlaces() throws {
        let page = "6月3日，临江市归国华侨联合会主席邝远航一行到江南区调研，了解侨资企业发展情况。\n"
        #expect(try Self.organizers(page) == [["临江市归国华侨联合会"]])
        let visit = "6月12日，临江区总工会主席柯望舒带队走访慰问长春镇、新河镇的困难职工。\n"
        let doc = try DocumentLoader.load(bytes: Array(visit.utf8), name: "t", origin: "t")
        #expect(Self.pipeline.process(doc).extraction.events.map { $0.locations.map(\.text) } == [["长春镇", "新河镇"]])
    }

    /// An occasion named after the verb that holds it, or before `在 P 举行`, may say what is
    /// done at it; a venue named on its own after `在` is where it is.
    @Test func occasionsNamedByWhatIsDoneAtThem() throws {
        func events(_ page: String) throws -> [String] {
            let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
            return Self.pipeline.process(doc).extraction.events.map {
                "\($0.label.text)|\($0.organizers.map(\.text).joined(separator: ","))|\($0.locations.map(\.text).joined(separator: ","))"
            }
        }
        #expect(try events("7月26日，常德市红十字会在石门县新关镇举行救灾物资发放仪式。\n") == ["救灾物资发放仪式|常德市红十字会|新关镇"])
        #expect(try events("12月6日，G107国道改扩建工程通车仪式在新关镇举行。\n") == ["G107国道改扩建工程通车仪式||新关镇"])
        #expect(try events("4月8日，临江市医疗保障局在神农广场启动医保宣传月活动。\n") == ["医保宣传月活动||神农广场"])
    }

    /// A later day's meeting held by a body is an occasion of its own, though the sentence that
    /// names it names no person (`3月22日，市政协召开专题协商会。主席某某出席`).
    @Test func aLaterDaysMeetingHeldByABodyIsAnEventOfItsOwn() throws {
        let page = "3月21日，市政协副主席邝远航带队到临江技师学院开展调研。\n3月22日，市政协召开专题协商会，围绕职业教育建言献策。市政协主席柯望舒出席并讲话。\n"
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        let events = Self.pipeline.process(doc).extraction.events
        #expect(events.map(\.label.text) == ["调研", "专题协商会"])
        #expect(events.map { $0.attendees.map(\.person.text) } == [["邝远航"], ["柯望舒"]])
    }

    /// A visiting group's stops are the visit's places when nothing else says where.
    @Test func aVisitingGroupsStopsAreTheVisitsPlaces() throws {
        let page = "市政协委员视察城区交通治理工作\n\n5月15日，市政协组织部分市政协委员视察城区交通治理工作，市政协副主席邝远航带队。\n委员们先后来到人民路、建设路交通综合整治现场，察看道路改造情况。在随后召开的座谈会上，委员们提出了意见建议。\n"
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        let events = Self.pipeline.process(doc).extraction.events
        #expect(events.map { $0.locations.map(\.text) } == [["人民路", "建设路"]])
        #expect(events.map { $0.organizers.map(\.text) } == [["市政协"]])
    }

    /// A race starts (`鸣枪开跑`) where it is held; those at the start are there (`现场指导` too).
    @Test func aRaceIsWhereItStarts() throws {
        let page = "11月17日，2024临江马拉松在临江市体育中心鸣枪开跑，1.2万名跑友参赛。市长邝远航为比赛鸣枪，副市长柯望舒到现场指导。\n"
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        let events = Self.pipeline.process(doc).extraction.events
        #expect(events.map { $0.locations.map(\.text) } == [["临江市体育中心"]])
        #expect(events.map { $0.attendees.map(\.person.text) } == [["邝远航", "柯望舒"]])
    }

    /// With no place in its sentences, an event is where the report is filed from (`新华社兰州…电`);
    /// at a venue that is a body, in the street or town its name writes.
    @Test func theDatelinesPlaceOrTheVenuesStreetSaysWhere() throws {
        func places(_ page: String) throws -> [[String]] {
            let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
            return Self.pipeline.process(doc).extraction.events.map { $0.locations.map(\.text) }
        }
        #expect(try places("新华社兰州6月8日电（记者 苟明远）2024兰州马拉松8日鸣枪开跑，省体育局局长邝远航为比赛鸣枪。\n") == [["兰州"]])
        #expect(try places("10月11日，宁乡市民政局在玉潭街道敬老院开展慰问活动。局长邝远航带队。\n") == [["玉潭街道"]])
    }

    @Test func aChairOrADemonstrativeBodyHoldsNothing() throws {
        #expect(try Self.organizers("会议由县林业局局长吴建华主持，各乡镇分管负责人参加春季森林防火工作推进会。\n").allSatisfy(\.isEmpty))
        #expect(try Self.organizers("该镇党委书记黄立明带领镇村干部前往各村开展现场拉练。\n").allSatisfy(\.isEmpty))
    }

    @Test func aPlannedEventHasNoOrganizer() throws {
        let page = "会上，区人民检察院检察长吴海生表示，检察院将常态化开展开放日活动。\n"
        #expect(try Self.organizers(page).allSatisfy(\.isEmpty))
    }
}

/// One event per occasion an article reports (annotation guidelines §5 Events).
@Suite struct EventOccasionTests {
    /// Each event's label and attendees, in text order.
    static func events(_ text: String) throws -> [String] {
        let doc = try DocumentLoader.load(bytes: Array(text.utf8), name: "t", origin: "t")
        return EventOrganizerTests.pipeline.process(doc).extraction.events.map { e in
            e.label.text + ":" + e.attendees.map(\.person.text).joined(separator: ",")
        }
    }

    @Test func aCallThenMeetingsWithOthersAreThreeEvents() throws {
        let page = """
            外交部部长韩立言17日应约同法国外长让·马丁通电话。韩立言表示，中方愿同法方加强合作。
            同日，韩立言在北京会见了法国前总理保罗·杜兰。外交部副部长宋明远会见了来访的埃及外长助理卡里姆·哈桑。

            """
        #expect(try Self.events(page) == ["通电话:韩立言,让·马丁", "会见:韩立言,保罗·杜兰", "会见:宋明远,卡里姆·哈桑"])
    }

    /// A host briefing the visitors in the paragraph that follows the visiting party (`某某一行`)
    /// takes part; a source cited with `据…介绍` does not.
    @Test func aHostBriefingTheVisitingPartyAttendsACitedSourceDoesNot() throws {
        let page = "5月6日，市政协副主席邝远航带队到宁远县调研乡村振兴工作。\n邝远航一行来到丰禾新材料有限公司，公司总经理柯望舒介绍了生产情况。\n据公司工会主席濮立涛介绍，今年公司新招职工80人。\n"
        #expect(try Self.events(page) == ["调研:邝远航,柯望舒"])
    }

    /// At a meeting, who lays out the work (`部署`) in a paragraph of its own spoke at it.
    @Test func aMeetingsSpeechInAParagraphOfItsOwnIsAttendance() throws {
        let page = "8月28日，宁远县召开教育工作会议。副县长邝远航主持会议。\n会议表彰了先进单位和个人。\n县教育局局长柯望舒对新学年工作进行了部署。\n"
        #expect(try Self.events(page) == ["教育工作会议:邝远航,柯望舒"])
    }

    @Test func aSpeakerInTheEventsParagraphAttendsAQuoteOfItsOwnDoesNot() throws {
        let page = """
            5月8日，县人民医院召开帮扶工作座谈会。该院院长罗建华介绍，医院去年门诊量达31万人次。
            省卫健委专家贺明远表示，县级医院的能力建设仍需加强。

            """
        #expect(try Self.events(page) == ["帮扶工作座谈会:罗建华"])
    }

    @Test func anEPapersContentsEntriesReportEventsOfTheirOwn() throws {
        let page = """
            第00001版:要闻
            · 韩立言等中央领导分别参加审议讨论
            · 外交部长宋明远答中外记者问

            春耕备耕有序推进
            本报讯（记者 林 晓）近日，县农业农村局召开春耕生产推进会，副局长罗建华主持会议。

            """
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        let events = EventOrganizerTests.pipeline.process(doc).extraction.events
        #expect(events.map { $0.label.text + ":" + $0.attendees.map(\.person.text).joined(separator: ",") } == [
            "审议讨论:韩立言", "答中外记者问:宋明远", "春耕生产推进会:罗建华",
        ])
        #expect(Set(events.map { "\($0.article)-\($0.occurrence)" }).count == 3)
    }

    @Test func someoneJoiningTheMeetingIsNoNewEvent() throws {
        let page = "国家主席韩立言在北京会见了法国总统让·马丁。外交部部长宋明远参加会见。\n"
        #expect(try Self.events(page) == ["会见:韩立言,让·马丁,宋明远"])
    }

    @Test func aPastOccasionWithItsOwnDayIsItsOwnEventWithoutWhoTellsOfIt() throws {
        let page = """
            5月8日上午，市人民医院举办义诊活动，院长罗建华带队参加。下午，医生们走访了社区。
            罗建华介绍，早在1998年，医院专门组织“送医下乡”公益活动，首站来到了青山镇，副院长丁海明参加。

            """
        #expect(try Self.events(page) == ["义诊活动:罗建华", "“送医下乡”公益活动:丁海明"])
    }
}

@Suite struct EventEdgeEndTests {
    /// `峪口镇` is written only inside `平谷区峪口镇总工会`: the event's place gets a node (rule
    /// `event.in-name`), so that no edge of the graph points at nothing.
    @Test func aPlaceWrittenOnlyInsideTheOrganizersNameGetsItsNode() throws {
        let text = "近日，平谷区峪口镇总工会举办消防知识竞赛，120余名职工参加。\n"
        let doc = try DocumentLoader.load(bytes: Array(text.utf8), name: "t", origin: "t")
        let graph = EventOrganizerTests.pipeline.process(doc).graph
        let place = NodeID(.location, "峪口镇")
        #expect(graph.edges.contains { $0.kind == .locatedIn && $0.target == place })
        #expect(graph.node(place)?.provenance.map(\.rule) == [Provenance.inNameRule])
        for e in graph.edges {
            #expect(graph.node(e.source) != nil && graph.node(e.target) != nil, "\(e.id) has an end that is no node")
        }
    }
}
