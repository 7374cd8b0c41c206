#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-wise equality, hashing and order for the strings that key the graph (node ids,
/// edge qualifiers).
///
/// String's own `==` and `hash(into:)` compare by canonical equivalence, which for CJK
/// text means an NFC check per scalar on every dictionary lookup: most of the cost of
/// adding a node. Text is NFC from ingest on, so the bytes decide the same way.
enum UTF8Key {
    /// (Two strings in the same representation, one string stored once or the same short
    /// string, are the same bytes without reading them; two short strings are equal only in the
    /// same representation: graphs search their few nodes one by one for an id.)
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        let (x, y) = (words(a), words(b))
        if x == y { return true }
        if isSmall(x) && isSmall(y) { return false }
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8Bytes { x in
            b.withUTF8Bytes { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    /// Byte order of the UTF-8 (what `utf8.lexicographicallyPrecedes` gives), by `memcmp`:
    /// the generic sequence comparison cost some ten instructions a byte, and every graph
    /// is sorted by ids before it is written.
    @inline(__always)
    static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// Negative, zero or positive as `a` comes before, is, or comes after `b` in `less`'s
    /// order: sorting by several strings tells equal from less with one comparison, not two.
    /// Two short strings are compared in their words, their bytes in order (most node ids are
    /// short: `person:` and a name).
    @inline(__always)
    static func compare(_ a: String, _ b: String) -> Int {
        let (x, y) = (words(a), words(b))
        if x == y { return 0 }
        if isSmall(x) && isSmall(y) {
            // The first eight bytes, then the next seven (the top byte holds the count); the
            // bytes after the end are zero, so a prefix comes first, as `memcmp` then the count say.
            if x.0 != y.0 { return x.0.byteSwapped < y.0.byteSwapped ? -1 : 1 }
            let (p, q) = ((x.1 << 8).byteSwapped, (y.1 << 8).byteSwapped)
            if p != q { return p < q ? -1 : 1 }
            return Int(x.1 >> 56 & 0x0F) - Int(y.1 >> 56 & 0x0F)
        }
        return a.withUTF8Bytes { x in
            b.withUTF8Bytes { y in
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : Int(memcmp(x.baseAddress!, y.baseAddress!, common))
                return order != 0 ? order : x.count - y.count
            }
        }
    }

    /// A String's two words. In a short (small) one, bit 61 of the second is set, its UTF-8 is
    /// stored in the bytes of both in order and zero after the end, and the count sits in the
    /// second's top byte's low four bits: the standard library's layout on 64-bit platforms.
    @inline(__always)
    static func words(_ s: String) -> (UInt64, UInt64) { unsafeBitCast(s, to: (UInt64, UInt64).self) }

    @inline(__always)
    static func isSmall(_ w: (UInt64, UInt64)) -> Bool { w.1 >> 61 & 1 == 1 }

    @inline(__always)
    static func hash(_ s: String, into hasher: inout Hasher) {
        s.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)  // ends the string (0xFF is never in UTF-8): "ab"+"c" ≠ "a"+"bc"
    }
}
