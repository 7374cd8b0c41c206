import Foundation
import NewsGraph
import NewsGraphCore
import NewsGraphIngest
import Testing

@testable import NewsGraphExtraction

/// The year of the dates a page writes without one (`3月5日`), on pages written for these tests.
@Suite struct EventDateTests {
    static func year(_ text: String) -> String? { EventExtractor.documentYear(ScalarText(text)) }

    @Test func aYearWrittenWithoutAMonthIsThePagesYear() {
        #expect(Self.year("近日，区总工会举办2024年职工创新成果展。3月5日上午，市总工会召开座谈会。") == "2024")
    }

    @Test func aYearWrittenWithAMonthWinsOverAnEarlierBareYear() {
        #expect(Self.year("2023年度考核结果公布，新规自2024年3月1日起施行。3月5日，市总工会召开座谈会。") == "2024")
        #expect(Self.year("会议于2024-03-05召开。") == "2024")
    }

    /// `1994年，…起步`, `2019年以来`: a year the article looks back to.
    @Test func aYearTheArticleLooksBackToIsNoPagesYear() {
        #expect(Self.year("5月20日上午，临江电机公司召开座谈会。1994年，柯望舒带着6名工人起步。") == nil)
        #expect(Self.year("2019年以来，全市新建学校12所。2024年职工运动会开幕。") == "2024")
    }

    /// The event then has its date as written and no ISO date, rather than one thirty years off.
    @Test func anEventOfAPageWithoutItsYearHasNoISODate() throws {
        let page = "临江电机公司召开座谈会\n\n5月20日上午，临江电机公司召开职工座谈会，董事长柯望舒出席。\n\n1994年，柯望舒带着6名工人起步。\n"
        let doc = try DocumentLoader.load(bytes: Array(page.utf8), name: "t", origin: "t")
        let events = EventOrganizerTests.pipeline.process(doc).extraction.events
        #expect(events.map(\.date?.text) == ["5月20日上午"])
        #expect(events.map(\.isoDate) == [nil])
    }
}
