import Testing

/// A government site's leaders page (领导之窗): each leader's post, name and full posts on lines of
/// their own. The page is invented.
@Suite struct LeadersPageTests {
    static let page = """
        领导之窗

        青禾县人民政府 > 政府信息公开 > 领导之窗

        县长
        濮立涛
        县委副书记，县人民政府县长、党组书记。
        主持县人民政府全面工作。分管县审计局。

        副县长
        厍远航
        县委常委，县人民政府副县长、党组成员，县公安局党委书记、局长。
        负责公安、司法等方面工作。分管县公安局、司法局。

        """

    @Test func theNameUnderItsPostHoldsThePostsOfTheLineBelow() throws {
        let held = try CareerPostsTests.holds(Self.page)
        #expect(held.contains("濮立涛|副书记|县委"))
        #expect(held.contains("濮立涛|县长|县人民政府"))
        #expect(held.contains("濮立涛|党组书记|县人民政府"))
        #expect(held.contains("厍远航|常委|县委"))
        #expect(held.contains("厍远航|副县长|县人民政府"))
        #expect(held.contains("厍远航|党组成员|县人民政府"))
        #expect(held.contains("厍远航|局长|县公安局"))
        #expect(held.contains("厍远航|党委书记|县公安局"))
    }

    /// The posts end with their line: the work divided on the next line holds nothing.
    @Test func thePostsEndWithTheirLine() throws {
        let held = try CareerPostsTests.holds(Self.page)
        #expect(held.allSatisfy { $0.hasPrefix("濮立涛|") || $0.hasPrefix("厍远航|") })
        #expect(held.count == 8)
    }
}
