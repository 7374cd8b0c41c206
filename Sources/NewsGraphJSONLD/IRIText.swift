import NewsGraphCore
import NewsGraphSerialization

/// Node and edge ids as absolute IRIs.
///
/// A node id (`person:张明远`) is already an absolute IRI whose scheme is the
/// kind prefix; characters an IRI may not hold (`<>"{}|\^`, space, `#`, `?`,
/// `%`, `[`, `]`, controls and non-`ucschar` code points) are percent-encoded
/// as UTF-8 bytes, so `person:王伟@某某区总工会` stays readable and
/// `decode(encode(x)) == x` for every string. Edge ids get the scheme `edge:`
/// in front (`edge:holds:person:张明远-%3Eorg:北京市总工会%23党组书记`): an edge id
/// starts with its kind, and `author`/`mentions` are context terms that a
/// JSON-LD 1.0 processor would read as a prefix.
public enum IRIText {
    public static let edgeScheme = "edge:"

    /// `id` with everything an IRI cannot hold percent-encoded.
    public static func encode(_ id: String) -> String {
        IDEscaper.escape(id, marker: UInt8(ascii: "%"), keep: isKept, stops: stops)
    }

    /// Reverses `encode`; a malformed escape is kept as written.
    public static func decode(_ iri: String) -> String {
        guard iri.utf8.contains(UInt8(ascii: "%")) else { return iri }
        let bytes = Array(iri.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let h = hexValue(bytes[i + 1]),
                let l = hexValue(bytes[i + 2])
            {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func node(_ id: NodeID) -> String { encode(id.rawValue) }
    public static func edge(_ id: String) -> String { edgeScheme + encode(id) }

    /// Appends the IRI of node `id` to `out` (as `node(_:)` gives it).
    @inlinable
    public static func append<Out: ByteOutput>(node id: NodeID, to out: inout Out) {
        IDEscaper.append(id.rawValue, marker: UInt8(ascii: "%"), keep: isKept, stops: stops, to: &out)
    }

    /// Appends the IRI of `edge` to `out` (as `edge(edge.id)` gives it), from the IRIs of its
    /// ends (`append(node:to:)`), which writers write too.
    @inlinable
    public static func append<Out: ByteOutput>(
        edge: Edge, source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>, to out: inout Out
    ) {
        out.append(utf8: edgeScheme)
        let table = stops
        let pieces = idPieces
        edge.forEachIDPiece(
            fixed: { out.append(bytes: pieces[$0]) },
            text: { IDEscaper.append($0, marker: UInt8(ascii: "%"), keep: isKept, stops: table, to: &out) },
            source: { out.append(bytes: source) }, target: { out.append(bytes: target) })
    }

    /// The edge id of an edge IRI, or nil if it is not one.
    public static func edgeID(_ iri: String) -> String? {
        iri.hasPrefix(edgeScheme) ? decode(String(iri.dropFirst(edgeScheme.count))) : nil
    }

    /// Kept raw: ASCII unreserved, sub-delims, `:`, `@`, `/`, and RFC 3987 `ucschar`.
    /// (E0–ED lead U+0800–U+D7FF, all `ucschar`.)
    @usableFromInline static let stops = IDEscaper.stops(isKept, keptLeads: 0xE0...0xED)
    @usableFromInline static let idPieces = EdgeIDPieces {
        IDEscaper.append($0, marker: UInt8(ascii: "%"), keep: isKept, stops: stops, to: &$1)
    }

    @inlinable @inline(__always)
    static func isKept(_ v: UInt32) -> Bool {
        if v < 0x80 {
            switch UInt8(v) {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
                UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"),
                UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
                UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"),
                UInt8(ascii: "@"), UInt8(ascii: "/"):
                return true
            default:
                return false
            }
        }
        switch v {
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
        case 0x10000...0xDFFFF: return v & 0xFFFF <= 0xFFFD
        case 0xE1000...0xEFFFD: return true
        default: return false
        }
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
