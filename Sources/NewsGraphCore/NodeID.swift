/// A stable, deterministic node id: a type prefix and a normalized key (`person:张明远`).
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// `kind`'s prefix, then the key with whitespace removed (`黄 涛` and `黄涛` are one key).
    /// (`prefix:` is kept per kind and the key appended to it: a short id is then put together
    /// in place, where building the bytes and validating them as a new String cost twice as much.)
    public init(_ kind: NodeKind, _ key: String) {
        rawValue = NodeID.prefixes[kind.ordinal] + NodeID.normalizedKey(key)
    }

    /// `prefix:` of each kind, by `NodeKind.ordinal`.
    static let prefixes = NodeKind.allCases.map { $0.idPrefix + ":" }

    public static func normalizedKey(_ key: String) -> String {
        guard mayHoldWhitespace(key) else { return key }
        guard key.unicodeScalars.contains(where: isWhitespace) else { return key }
        return String(String.UnicodeScalarView(key.unicodeScalars.filter { !isWhitespace($0) }))
    }

    /// Whether `key` has a byte that may start a whitespace scalar: one up to the space, or the
    /// lead byte of U+0085, U+00A0 (C2), U+1680 (E1), U+2000… (E2) or U+3000 (E3). Decoding
    /// every scalar to ask `isWhitespace` was a third of making an id.
    static func mayHoldWhitespace(_ key: String) -> Bool {
        key.withUTF8Bytes { bytes in
            bytes.contains { $0 <= 0x20 || $0 == 0xC2 || ($0 >= 0xE1 && $0 <= 0xE3) }
        }
    }

    /// Unicode's White_Space property, spelled out: the property lookup was a large part
    /// of making every node id.
    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Byte order of the UTF-8: text is NFC from ingest on, so this is a total,
    /// deterministic order without String's costly Unicode collation.
    public static func < (a: NodeID, b: NodeID) -> Bool { compare(a, b) < 0 }

    /// (Two ids in the same representation, one string stored once or the same short string,
    /// are the same bytes without reading them; two short ids are equal only in the same
    /// representation: graphs search their few nodes one by one for an id.)
    @inline(__always)
    public static func == (a: NodeID, b: NodeID) -> Bool {
        let (x, y) = (words(a.rawValue), words(b.rawValue))
        if x == y { return true }
        if isSmall(x) && isSmall(y) { return false }
        return UTF8Key.equal(a.rawValue, b.rawValue)
    }

    /// Negative, zero or positive as `a` comes before, is, or comes after `b` in `<`'s order:
    /// sorting by both ends of an edge tells equal from less with one comparison, not two. Two
    /// short ids (most are: `person:` and a name) are compared in their words, their bytes in order.
    @inline(__always)
    static func compare(_ a: NodeID, _ b: NodeID) -> Int {
        let (x, y) = (words(a.rawValue), words(b.rawValue))
        if x == y { return 0 }
        if isSmall(x) && isSmall(y) {
            // The first eight bytes, then the next seven (the top byte holds the count); the
            // bytes after the end are zero, so a prefix comes first, as `memcmp` then the count say.
            if x.0 != y.0 { return x.0.byteSwapped < y.0.byteSwapped ? -1 : 1 }
            let (p, q) = ((x.1 << 8).byteSwapped, (y.1 << 8).byteSwapped)
            if p != q { return p < q ? -1 : 1 }
            return Int(x.1 >> 56 & 0x0F) - Int(y.1 >> 56 & 0x0F)
        }
        return UTF8Key.compare(a.rawValue, b.rawValue)
    }

    /// A String's two words. In a short (small) one, bit 61 of the second is set, its UTF-8 is
    /// stored in the bytes of both in order and zero after the end, and the count sits in the
    /// second's top byte's low four bits: the standard library's layout on 64-bit platforms.
    @inline(__always)
    static func words(_ s: String) -> (UInt64, UInt64) { unsafeBitCast(s, to: (UInt64, UInt64).self) }

    @inline(__always)
    static func isSmall(_ w: (UInt64, UInt64)) -> Bool { w.1 >> 61 & 1 == 1 }

    public func hash(into hasher: inout Hasher) { UTF8Key.hash(rawValue, into: &hasher) }
    public var description: String { rawValue }
}
