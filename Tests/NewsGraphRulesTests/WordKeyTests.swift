import Testing
@testable import NewsGraphRules

@Suite struct WordKeyTests {
    /// Keys are equal exactly when the words are: short and long ones (more than 16 bytes, the
    /// middle bytes only in the word itself), prefixes of each other, ASCII and CJK.
    @Test func keysAreEqualExactlyWhenTheWordsAre() {
        let words = [
            "", "a", "北京", "北京市", "北京市市", "abcdefgh", "abcdefgi", "abcdefghijklmnop", "abcdefghijklmnoq",
            "新疆维吾尔自治区", "新疆维吾尔自治州", "经济技术开发区甲区", "经济技术乙发区甲区", "内蒙古自治区呼和浩特市",
        ]
        for a in words {
            for b in words {
                #expect((WordKey(a) == WordKey(b)) == (a == b), "\(a) / \(b)")
            }
        }
        #expect(Set(words.map(WordKey.init)).count == words.count)
    }
}
