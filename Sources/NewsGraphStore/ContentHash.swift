/// The content hash recorded for a document: FNV-1a 64 of the UTF-8 bytes of
/// its normalized text, as 16 lowercase hex digits.
///
/// Not cryptographic: it tells whether a document's text changed between two
/// runs, which a stable 64-bit hash does without pulling in a crypto library.
public enum ContentHash {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    public static func fnv1a64<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = offsetBasis
        for b in bytes {
            h ^= UInt64(b)
            h = h &* prime
        }
        return h
    }

    /// The hex digest of `text`'s UTF-8 bytes.
    public static func of(_ text: String) -> String {
        hex(fnv1a64(text.utf8))
    }

    /// The hex digest of a text given as Unicode scalars (the pipeline's `ScalarText`).
    public static func of(scalars: [Unicode.Scalar]) -> String {
        var h = offsetBasis
        for s in scalars {
            for b in UTF8.encode(s)! {
                h ^= UInt64(b)
                h = h &* prime
            }
        }
        return hex(h)
    }

    public static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
