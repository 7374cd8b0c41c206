@testable import NewsGraphIngest
import Testing

/// The hand-written UTF-8 fast path must accept exactly what the standard library accepts,
/// and decode it to the same scalars.
@Suite struct UTF8DecoderTests {
    func standard(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
    }

    @Test func edgeCasesOfTable3_7() {
        let cases: [[UInt8]] = [
            Array("北京市总工会 abc ·（）\u{FFFD}\u{10FFFF}😀".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF],  // overlong 2-byte forms
            [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80],  // overlong 3-byte forms
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],  // surrogates
            [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF],
            [0xE5, 0x8C], [0xE5], [0x80], [0x41, 0xE5, 0x8C, 0x41], [0xF0, 0x9F, 0x98],  // truncated, stray
            // The same inside a step of four three-byte sequences.
            [0xE0, 0x80, 0x80] + Array("北京市".utf8), Array("北京".utf8) + [0xE0, 0x9F, 0xBF] + Array("市".utf8),
            Array("北京市".utf8) + [0xED, 0xA0, 0x80], Array("北京".utf8) + [0xED, 0x9F, 0xBF] + Array("市".utf8),
            Array("北京".utf8) + [0xEF, 0xBF, 0xBF] + Array("市".utf8), Array("北京".utf8) + [0xE5, 0x8C, 0x41] + Array("市".utf8),
        ]
        for bytes in cases {
            #expect(TextDecoder.decodeValidUTF8(bytes[...])?.scalars == standard(bytes), "\(bytes)")
        }
    }

    @Test func randomBytesAgreeWithTheStandardLibrary() {
        var rng = SystemRandomNumberGenerator()
        // Bytes drawn mostly from lead and continuation ranges, so that many sequences are valid.
        let pool: [UInt8] = [0x41, 0x0A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xE5, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xC0]
        var valid = 0
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 1...8, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            let expected = standard(bytes)
            if expected != nil { valid += 1 }
            #expect(TextDecoder.decodeValidUTF8(bytes[...])?.scalars == expected, "\(bytes)")
        }
        #expect(valid > 100)
    }

    /// Runs of CJK and its punctuation (read four sequences at a time) mixed with everything else, whole
    /// and with one byte changed: the same scalars as the standard library, and the same
    /// "nothing to normalize" as the normalizer's own scan.
    @Test func longMixedTextAgreesWithTheStandardLibrary() {
        var rng = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = [
            "北", "京", "。", "（", "，", "—", "\u{3000}", "か", "\u{3099}", "\u{309A}", "a", "\n", "é", "😀", "\u{9FFF}", "\u{A000}",
            "\u{E000}", "\u{800}", "\u{2000}", "\u{200F}", "\u{2010}", "\u{206F}", "\u{2070}", "\u{FEFF}", "\u{FFEF}", "\u{FFF0}",
        ]
        for _ in 0..<5_000 {
            let scalars = (0..<Int.random(in: 1...60, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            var bytes = Array(String(String.UnicodeScalarView(scalars)).utf8)
            if Bool.random(using: &rng) { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            let decoded = TextDecoder.decodeValidUTF8(bytes[...])
            #expect(decoded?.scalars == standard(bytes), "\(bytes)")
            if let decoded {
                #expect(decoded.isNormalized == decoded.scalars.allSatisfy { $0 != "\r" && TextNormalizer.isNFCStable($0) }, "\(bytes)")
            }
        }
    }

    /// The decoder's "nothing to normalize" must be what the normalizer's own scan finds.
    @Test func normalizedFlagAgreesWithTheNormalizer() {
        let texts = ["北京市总工会 abc", "a\r\nb", "か\u{3099}", "か\u{309A}か。", "e\u{301}", "\u{3000}。（）", "Ａ１", "\u{FFFD}😀", "é", "\u{2028}"]
        for text in texts {
            let bytes = Array(text.utf8)
            guard let decoded = TextDecoder.decodeValidUTF8(bytes[...]) else {
                Issue.record("not decoded: \(text)")
                continue
            }
            let expected = decoded.scalars.allSatisfy { $0 != "\r" && TextNormalizer.isNFCStable($0) }
            #expect(decoded.isNormalized == expected, "\(text)")
        }
    }
}
