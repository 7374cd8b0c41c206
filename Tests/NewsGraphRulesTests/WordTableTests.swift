import Testing
@testable import NewsGraphRules

@Suite struct WordTableTests {
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
        #expect(WordTable(words).count == words.count)
    }

    /// Words are numbered in order of first insertion, a repeat gets its old number, and the
    /// table finds every word after growing many times.
    @Test func tableNumbersWordsInOrderOfFirstInsertion() {
        var table = WordTable()
        let words = (0..<3000).map { "第\($0)号" } + ["内蒙古自治区呼和浩特市", "内蒙古自治区包头市某区"]
        for (i, w) in words.enumerated() {
            #expect(table.insert(WordKey(w)) == (i, true))
        }
        for (i, w) in words.enumerated().reversed() {
            #expect(table.insert(WordKey(w)) == (i, false))
            #expect(table.number(of: WordKey(w)) == i)
        }
        #expect(table.count == words.count)
        #expect(!table.contains("第3000号"))
        #expect(!table.contains("内蒙古自治区呼和浩特县"))
    }
}
