import Testing
@testable import NewsGraphMatching

@Suite struct CharTestTableTests {
    /// Every test's answer through the table is the test's own, scalar by scalar: at range
    /// edges, at excluded scalars, beyond the BMP, and past 64 tests (a second bit-word).
    @Test func tableAnswersAsEachTestDoes() {
        var tests = [
            CharTest(ranges: [0x4E00...0x9FFF], excludedScalars: [0x7684, 0x4E86], excludedSlots: []),  // 的 了
            CharTest(ranges: [0x30...0x39, 0xFF10...0xFF19], excludedScalars: [], excludedSlots: []),
            CharTest(ranges: [0x20000...0x2A6DF], excludedScalars: [0x20001], excludedSlots: []),
            CharTest(ranges: [0...0x10FFFF], excludedScalars: [0x3002, 0xFF0C], excludedSlots: []),  // 。，
        ]
        for k in 0..<70 { tests.append(CharTest(ranges: [UInt32(0x4E00 + k)...UInt32(0x4E00 + k)], excludedScalars: [], excludedSlots: [])) }
        let table = CharTestTable(tests)
        let probes: [UInt32] = [0, 0x2F, 0x30, 0x39, 0x3A, 0x3002, 0x4DFF, 0x4E00, 0x4E01, 0x4E45, 0x4E46, 0x4E86, 0x7684, 0x9FFF, 0xA000, 0xFF0C, 0xFF19, 0x1FFFF, 0x20000, 0x20001, 0x2A6DF, 0x10FFFF]
        for v in probes {
            let cls = table.classOf(Unicode.Scalar(v)!)
            for (t, test) in tests.enumerated() {
                #expect(table.accepts(Int32(t), class: cls) == test.accepts(value: v), "test \(t), scalar U+\(String(v, radix: 16))")
            }
        }
    }

    /// Exclusion slots still apply at a position (a scalar inside a hit of an excluded class).
    @Test func exclusionSlotsStillRefuseCoveredScalars() {
        let han = CharTest(ranges: [0x4E00...0x9FFF], excludedScalars: [], excludedSlots: [0])
        let text = Array("市长张良".unicodeScalars)
        let input = MatchInput(text: text, charTests: [han], hits: [MatchInput.Span(start: 0, end: 2, tag: 0)], classCount: 1, exclusionClasses: [0])
        #expect(!input.charMatches(0, at: 1))
        #expect(input.charMatches(0, at: 2))
    }
}
