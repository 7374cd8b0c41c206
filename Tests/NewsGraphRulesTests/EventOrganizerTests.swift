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

    @Test func aBodyNamedFirstInTheHeadlineHoldsTheVisit() throws {
        let page = "东城区总工会走访慰问环卫职工\n\n本报讯 1月5日上午，东城区总工会主席周明远带队走访慰问环卫职工，送去慰问品。\n"
        #expect(try Self.organizers(page) == [["东城区总工会"]])
    }

    @Test func aBodyAfterZaiBeforeTheVerbIsTheVenue() throws {
        let page = "全区中小学教师技能大赛决赛在育才路小学举行，60名教师参赛。区教育局局长孙立平为获奖教师颁奖。\n"
        #expect(try Self.organizers(page) == [[]])
    }

    @Test func aConferenceHeldAtABodyIsThatBodys() throws {
        let page = "工业和信息化部副部长陈国华在国务院新闻办公室举行的新闻发布会上介绍有关情况。\n"
        #expect(try Self.organizers(page) == [["国务院新闻办公室"]])
    }

    @Test func theSubjectBeforeAPlaceAfterZaiHoldsIt() throws {
        let page = "5月8日，临江区总工会联合明德律师事务所，在滨江产业园开展“法律服务进企业”活动。\n"
        #expect(try Self.organizers(page) == [["临江区总工会", "明德律师事务所"]])
    }

    @Test func aPlannedEventHasNoOrganizer() throws {
        let page = "会上，区人民检察院检察长吴海生表示，检察院将常态化开展开放日活动。\n"
        #expect(try Self.organizers(page).allSatisfy(\.isEmpty))
    }
}
