import Testing
@testable import NewsGraphCore

@Suite struct OffsetMapTests {
    @Test func identityMapsEachOffsetToItself() {
        let m = OffsetMap.identity(length: 10)
        #expect(m.source(0) == 0)
        #expect(m.source(7) == 7)
        #expect(m.source(TextSpan(3, 5)) == TextSpan(3, 5))
    }

    @Test func deletionsShiftLaterOffsets() {
        // Source "ab\n\ncd": derived "abcd" drops offsets 2 and 3.
        var b = OffsetMap.Builder()
        for (d, s) in [(0, 0), (1, 1), (2, 4), (3, 5)] { b.append(derived: d, source: s) }
        let m = b.finish(derivedLength: 4, sourceLength: 6)
        #expect(m.anchors.count == 2)
        #expect(m.source(2) == 4)
        #expect(m.source(TextSpan(1, 3)) == TextSpan(1, 5))
        #expect(m.source(4) == 6)
    }

    @Test func compositionChainsTwoMaps() {
        // inner: B → A drops A[0]; outer: C → B drops B[2].
        var ib = OffsetMap.Builder()
        for d in 0..<5 { ib.append(derived: d, source: d + 1) }
        let inner = ib.finish(derivedLength: 5, sourceLength: 6)
        var ob = OffsetMap.Builder()
        for (d, s) in [(0, 0), (1, 1), (2, 3), (3, 4)] { ob.append(derived: d, source: s) }
        let outer = ob.finish(derivedLength: 4, sourceLength: 5)
        let c = outer.composed(with: inner)
        #expect((0..<4).map { c.source($0) } == [1, 2, 4, 5])
    }
}
