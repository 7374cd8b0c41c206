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
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        a.withUTF8Bytes { x in
            b.withUTF8Bytes { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    /// Byte order of the UTF-8 (what `utf8.lexicographicallyPrecedes` gives), by `memcmp`:
    /// the generic sequence comparison cost some ten instructions a byte, and every graph
    /// is sorted by ids before it is written.
    @inline(__always)
    static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// Negative, zero or positive as `a` comes before, is, or comes after `b` in `less`'s order.
    @inline(__always)
    static func compare(_ a: String, _ b: String) -> Int {
        a.withUTF8Bytes { x in
            b.withUTF8Bytes { y in
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : Int(memcmp(x.baseAddress!, y.baseAddress!, common))
                return order != 0 ? order : x.count - y.count
            }
        }
    }

    @inline(__always)
    static func hash(_ s: String, into hasher: inout Hasher) {
        s.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)  // ends the string (0xFF is never in UTF-8): "ab"+"c" ≠ "a"+"bc"
    }
}
