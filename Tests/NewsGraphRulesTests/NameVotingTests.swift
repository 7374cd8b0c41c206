import NewsGraphCore
import Testing
@testable import NewsGraphExtraction

@Suite struct NameVotingTests {
    func person(_ text: ScalarText, _ name: String, at start: Int) -> Mention {
        Mention(kind: .person, span: TextSpan(start, start + name.unicodeScalars.count), text: name, rule: "test")
    }

    func names(_ mentions: [Mention]) -> [String] { mentions.filter { $0.kind == .person }.map(\.text) }

    @Test func aNameWrittenMoreOftenReplacesAnOverlappingOne() {
        // 张明远仔 (a character too many) once, 张明远 twice.
        let text = ScalarText("张明远仔细询问。张明远说，张明远表示。")
        let voted = NameVoting().apply([person(text, "张明远仔", at: 0), person(text, "张明远", at: 8), person(text, "张明远", at: 13)], text: text)
        #expect(names(voted) == ["张明远", "张明远", "张明远"])
    }

    @Test func aNameInsideTheEndOfALongerOneIsNotCountedThere() {
        // 维拉 on its own once and inside 查克维拉 twice: the longer name keeps both of its places.
        let text = ScalarText("总统查克维拉，总统维拉。查克维拉表示")
        let mentions = [person(text, "查克维拉", at: 2), person(text, "维拉", at: 9), person(text, "查克维拉", at: 12)]
        let voted = NameVoting().apply(mentions, text: text)
        #expect(names(voted) == ["查克维拉", "维拉", "查克维拉"])
    }

    @Test func aConfirmedNameTakesOverAShorterPlaceInsideIt() {
        // 濮阳 (a compound surname and a city) read as a place where the name 濮阳振华 stands;
        // a place as long as the name, or one running past it, stays.
        let text = ScalarText("院士濮阳振华出席。濮阳振华致辞。")
        let place = Mention(kind: .location, span: TextSpan(9, 11), text: "濮阳", rule: "test")
        let voted = NameVoting().apply([person(text, "濮阳振华", at: 2), place], text: text)
        #expect(voted.map(\.kind) == [.person, .person])
        #expect(voted.map(\.span) == [TextSpan(2, 6), TextSpan(9, 13)])
        let longer = Mention(kind: .location, span: TextSpan(9, 14), text: "濮阳振华致", rule: "test")
        #expect(NameVoting().apply([person(text, "濮阳振华", at: 2), longer], text: text).map(\.kind) == [.person, .location])
    }

    @Test func aForeignNamesLastPartStandsForItLaterOn() {
        // 让·杜邦 read once; 杜邦 alone later is the same person, inside the full name it is not.
        let text = ScalarText("外长让·杜邦会见来宾。杜邦表示，双方将加强合作。")
        let voted = NameVoting().apply([person(text, "让·杜邦", at: 2)], text: text)
        #expect(voted.map(\.span) == [TextSpan(2, 6), TextSpan(11, 13)])
        #expect(names(voted) == ["让·杜邦", "杜邦"])
    }
}
