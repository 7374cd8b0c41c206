import Testing
@testable import NewsGraphRules

@Suite struct LexiconLoaderTests {
    func entries(_ text: String) -> [LexiconEntry] {
        Array(text.utf8).withUnsafeBufferPointer { LexiconLoader.entries($0, displayName: "lexicons/t.txt") }
    }

    @Test func entriesAreFirstFieldsTrimmedWithTheirLineNumbers() {
        let found = entries("# a comment\n书记\r\n\n  主席\t注释\n\u{3000}局长\u{3000}\n\t\n#不算\n站长")
        #expect(found.map(\.text) == ["书记", "主席", "局长", "站长"])
        #expect(found.map(\.location.line) == [2, 4, 5, 8])
        #expect(found[1].location.text == "  主席\t注释")
        #expect(found[3].location.text == "站长")
    }

    @Test func aFileWithoutEntriesGivesNone() {
        #expect(entries("").isEmpty)
        #expect(entries("\n\n# only comments\n").isEmpty)
        #expect(entries("\u{3000}\u{A0} \n").isEmpty)
    }
}
