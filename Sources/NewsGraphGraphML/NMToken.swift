import NewsGraphCore
import NewsGraphSerialization

/// Ids as `xs:NMTOKEN`, which GraphML requires for node, edge, key and graph ids.
///
/// libxml2 validates NMTOKENs by the XML 1.0 (4th edition) name characters, so
/// `@`, `#`, `>`, full-width punctuation and CJK outside U+4E00–U+9FA5 are
/// rejected. Kept raw: ASCII letters and digits, `.`, `-`, `:`, U+00B7,
/// U+3007 and U+4E00–U+9FA5; everything else, `_` included, becomes `_HH` per
/// UTF-8 byte (`person:王伟@区总工会` → `person:王伟_40区总工会`). The common
/// ids (`person:张明远`) are unchanged, and the encoding is reversible.
public enum NMToken {
    public static func encode(_ id: String) -> String {
        id.isEmpty ? "_" : IDEscaper.escape(id, marker: UInt8(ascii: "_"), keep: isKept, stops: stops)
    }

    /// Appends `id` encoded to `out` (see `encode`).
    @inlinable
    public static func append<Out: ByteOutput>(_ id: String, to out: inout Out) {
        if id.isEmpty { return out.append(byte: UInt8(ascii: "_")) }
        IDEscaper.append(id, marker: UInt8(ascii: "_"), keep: isKept, stops: stops, to: &out)
    }

    /// Appends the encoded id of `edge` to `out`, as `encode(edge.id)` would give it, from its
    /// ends' ids encoded already (`append(_:to:)`): writers write those too, and CJK ids are
    /// most of the escaping's work.
    @inlinable
    public static func append<Out: ByteOutput>(
        edgeID edge: Edge, source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>, to out: inout Out
    ) {
        let table = stops
        let pieces = idPieces
        edge.forEachIDPiece(
            fixed: { out.append(bytes: pieces[$0]) },
            text: { IDEscaper.append($0, marker: UInt8(ascii: "_"), keep: isKept, stops: table, to: &out) },
            source: { out.append(bytes: source) }, target: { out.append(bytes: target) })
    }

    /// (E5–E8 lead U+5000–U+8FFF, all kept.)
    @usableFromInline static let stops = IDEscaper.stops(isKept, keptLeads: 0xE5...0xE8)
    @usableFromInline static let idPieces = EdgeIDPieces {
        IDEscaper.append($0, marker: UInt8(ascii: "_"), keep: isKept, stops: stops, to: &$1)
    }

    @inlinable @inline(__always)
    static func isKept(_ v: UInt32) -> Bool {
        switch v {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x3A: true
        case 0xB7, 0x3007, 0x4E00...0x9FA5: true
        default: false
        }
    }
}
