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

@Suite struct ScalarConversionTests {
    static let samples = ["", "a", "aé中𠀋 b", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "北京市总工会", "e\u{301}"]

    @Test(arguments: samples)
    func stringOfScalarsIsTheStandardLibrarysString(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == String(String.UnicodeScalarView(scalars)))
        #expect(String(scalars: scalars).utf8.elementsEqual(text.utf8))
        #expect(String(scalars: scalars.dropFirst()).utf8.elementsEqual(text.unicodeScalars.dropFirst().map(String.init).joined().utf8))
    }

    @Test(arguments: samples)
    func scalarsOfAStringAreItsUnicodeScalars(_ text: String) {
        #expect([Unicode.Scalar](scalarsOf: text) == Array(text.unicodeScalars))
    }
}
