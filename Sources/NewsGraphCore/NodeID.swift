/// A stable, deterministic node id: a type prefix and a normalized key (`person:张明远`).
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// `kind`'s prefix, then the key with whitespace removed (`黄 涛` and `黄涛` are one key).
    public init(_ kind: NodeKind, _ key: String) {
        rawValue = kind.idPrefix + ":" + NodeID.normalizedKey(key)
    }

    public static func normalizedKey(_ key: String) -> String {
        String(String.UnicodeScalarView(key.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// Byte order of the UTF-8: text is NFC from ingest on, so this is a total,
    /// deterministic order without String's costly Unicode collation.
    public static func < (a: NodeID, b: NodeID) -> Bool { a.rawValue.utf8.lexicographicallyPrecedes(b.rawValue.utf8) }
    public var description: String { rawValue }
}
