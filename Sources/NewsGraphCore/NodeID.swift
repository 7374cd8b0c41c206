/// A stable, deterministic node id: a type prefix and a normalized key (`person:张明远`).
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// `kind`'s prefix, then the key with whitespace removed (`黄 涛` and `黄涛` are one key).
    public init(_ kind: NodeKind, _ key: String) {
        rawValue = NodeID.joined(kind.idPrefix, NodeID.normalizedKey(key))
    }

    /// `prefix:key`, its bytes copied into one new string: `prefix + ":" + key` grew a String
    /// twice through the generic append, most of the cost of making a person's or a body's id.
    static func joined(_ prefix: String, _ key: String) -> String {
        prefix.withUTF8Bytes { p in
            key.withUTF8Bytes { k in
                let n = p.count + 1 + k.count
                return String(unsafeUninitializedCapacity: n) { out in
                    _ = UnsafeMutableBufferPointer(rebasing: out[0..<p.count]).initialize(fromContentsOf: p)
                    out[p.count] = UInt8(ascii: ":")
                    _ = UnsafeMutableBufferPointer(rebasing: out[(p.count + 1)..<n]).initialize(fromContentsOf: k)
                    return n
                }
            }
        }
    }

    public static func normalizedKey(_ key: String) -> String {
        guard key.unicodeScalars.contains(where: isWhitespace) else { return key }
        return String(String.UnicodeScalarView(key.unicodeScalars.filter { !isWhitespace($0) }))
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
    public static func < (a: NodeID, b: NodeID) -> Bool { UTF8Key.less(a.rawValue, b.rawValue) }
    public static func == (a: NodeID, b: NodeID) -> Bool { UTF8Key.equal(a.rawValue, b.rawValue) }
    public func hash(into hasher: inout Hasher) { UTF8Key.hash(rawValue, into: &hasher) }
    public var description: String { rawValue }
}
