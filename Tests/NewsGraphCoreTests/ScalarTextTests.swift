import Testing
@testable import NewsGraphCore

@Suite struct ScalarTextTests {
    @Test func stringsOfSpansRoundTripEveryUTF8Length() {
        let source = "aé中𠀋 b\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"
        let text = ScalarText(source)
        #expect(text.string == source)
        #expect(text.string(1, 4) == "é中𠀋")
        #expect(text.string(TextSpan(2, 2)) == "")
        for start in 0...text.count {
            for end in start...text.count {
                #expect(text.string(start, end) == String(String.UnicodeScalarView(text.scalars[start..<end])))
            }
        }
    }
}
