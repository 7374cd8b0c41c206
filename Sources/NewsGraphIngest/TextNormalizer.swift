import Foundation
import NewsGraphCore

/// Normalizes decoded scalars: CRLF and lone CR become LF, text becomes NFC.
///
/// Emits the normalized scalars and the offset map back to the input scalars.
/// Most news text (CJK, ASCII, Latin-1) is already NFC; only runs holding other
/// scalars go through Foundation's normalizer, so the common path stays a copy.
public enum TextNormalizer {
    /// `isNormalized`: the caller knows already that every scalar is NFC-stable and none is CR.
    public static func normalize(_ input: [Unicode.Scalar], isNormalized: Bool = false) -> (ScalarText, OffsetMap) {
        // Nearly every document needs nothing: keep its scalars and the identity map, which
        // saves a copy and an offset-map step per scalar.
        let plain = isNormalized || input.withUnsafeBufferPointer { b in
            for c in b where c == "\r" || !isNFCStable(c) { return false }
            return true
        }
        if plain {
            return (ScalarText(input), .identity(length: input.count))
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count)
        var map = OffsetMap.Builder()
        var i = 0
        while i < input.count {
            let c = input[i]
            if c == "\r" {
                map.append(derived: out.count, source: i)
                out.append("\n")
                i += (i + 1 < input.count && input[i + 1] == "\n") ? 2 : 1
                continue
            }
            if isNFCStable(c) {
                map.append(derived: out.count, source: i)
                out.append(c)
                i += 1
                continue
            }
            // A run of scalars NFC may touch, from the last stable one before it.
            var end = i
            while end < input.count, !isNFCStable(input[end]), input[end] != "\r" { end += 1 }
            var start = i
            if start > 0, out.last != "\n", isNFCStable(input[start - 1]) {
                start -= 1
                out.removeLast()
            }
            var run = String.UnicodeScalarView()
            run.append(contentsOf: input[start..<end])
            let composed = String(run).precomposedStringWithCanonicalMapping.unicodeScalars
            for (k, s) in composed.enumerated() {
                map.append(derived: out.count, source: min(start + k, end - 1))
                out.append(s)
            }
            i = end
        }
        return (ScalarText(out), map.finish(derivedLength: out.count, sourceLength: input.count))
    }

    /// 1 for each value of a three-byte UTF-8 sequence that is a scalar `isNFCStable` accepts, 0
    /// for the rest, overlong forms (below U+0800) and surrogates among them: the UTF-8 decoder
    /// reads it for four scalars at a time. (A buffer never freed, read through its address
    /// without an array's bounds checks; never written after it is made.)
    nonisolated(unsafe) static let threeByteStable: UnsafeBufferPointer<UInt8> = {
        let table = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0x10000)
        for v in 0..<UInt32(0x10000) {
            table[Int(v)] = v >= 0x800 && isNFCStable(unsafeBitCast(v, to: Unicode.Scalar.self)) ? 1 : 0
        }
        return UnsafeBufferPointer(table)
    }()

    /// True for scalars that NFC never changes and that never combine with a neighbour.
    @inline(__always)
    static func isNFCStable(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x300 { return true }
        if v >= 0x3000 && v < 0xA000 { return v != 0x3099 && v != 0x309A }  // CJK, kana, not voicing marks
        if v >= 0xFF00 && v < 0xFFF0 { return true }  // full/half-width forms
        if v >= 0x2010 && v < 0x2070 { return true }  // punctuation (U+2000/2001 decompose)
        return false
    }
}
