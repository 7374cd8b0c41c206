import Testing
import NewsGraphCore

@Suite struct UTF8AffixTests {
    /// The byte comparison answers as `hasPrefix`/`hasSuffix` on NFC text: CJK, mixed, empty,
    /// longer than the text, and a multi-byte scalar that shares its lead bytes with another.
    @Test func answersAsTheCharacterComparisonOnNFCText() {
        let texts = ["北京市人民政府", "市长", "副市长", "Zürich市", "", "政府", "中华人民共和国主席"]
        let words = ["市长", "人民政府", "政府", "北京", "", "Zürich", "北京市人民政府办公厅", "府", "主席", "席"]
        for t in texts {
            for w in words {
                #expect(t.hasUTF8Prefix(w) == t.hasPrefix(w), "\(t) / \(w)")
                #expect(t.hasUTF8Suffix(w) == t.hasSuffix(w), "\(t) / \(w)")
                #expect(t.dropFirst().hasUTF8Suffix(w) == t.dropFirst().hasSuffix(w), "\(t) / \(w)")
            }
        }
        // 市 (E5 B8 82) and 布 (E5 B8 83) share two lead bytes.
        #expect(!"城市".hasUTF8Suffix("布"))
    }
}
