import NewsGraphCore
import NewsGraphSerialization

/// Quoted DOT strings.
///
/// `"` and `\` are escaped (`\"`, `\\`, so no label escape like `\N` or `\l`
/// can arise from the text), a line break becomes `\n`, a CR-LF one `\n`, and
/// other control characters and U+FFFE/U+FFFF are dropped: Graphviz passes
/// them into its SVG, which no XML parser then reads.
public enum DOTText {
    @inline(__always)
    static func isPlain(_ b: UInt8) -> Bool {
        b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != 0xEF
    }

    /// The bytes that are not `isPlain`.
    static let special = ByteTable { !isPlain($0) }

    /// The quoted, escaped form of `s`.
    public static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public static func appendQuoted<Out: ByteOutput>(_ s: String, to out: inout Out) {
        out.append(byte: UInt8(ascii: "\""))
        appendEscaped(s, to: &out)
        out.append(byte: UInt8(ascii: "\""))
    }

    /// `s` escaped, without the quotes; text with nothing to escape is copied in one piece.
    static func appendEscaped<Out: ByteOutput>(_ s: String, to out: inout Out) {
        let special = DOTText.special
        let plain = s.withUTF8Bytes { u in
            guard special.firstMember(in: u, from: 0) == u.count else { return false }
            out.append(bytes: u)
            return true
        }
        if !plain { appendEscapedScalars(s, to: &out) }
    }

    /// `s` escaped scalar by scalar (text with something to escape: rare). Out of line, so that
    /// the common path does not hold on to (retain) the string for it.
    @inline(never)
    static func appendEscapedScalars<Out: ByteOutput>(_ s: String, to out: inout Out) {
        let scalars = Array(s.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            switch c.value {
            case 0x22: out.append(literal: "\\\"")
            case 0x5C: out.append(literal: "\\\\")
            case 0x0A: out.append(literal: "\\n")
            case 0x0D:
                if i + 1 < scalars.count, scalars[i + 1].value == 0x0A { continue }
                out.append(literal: "\\n")
            case 0x09: out.append(byte: UInt8(ascii: " "))
            case 0..<0x20, 0xFFFE, 0xFFFF: continue
            default: out.append(utf8: String(c))
            }
        }
    }
}
