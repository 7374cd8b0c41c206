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

    /// The quoted, escaped form of `s`.
    public static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(s, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// `s` escaped, without the quotes.
    static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        var s = s
        let plain = s.withUTF8 { u in
            guard u.allSatisfy(isPlain) else { return false }
            out.append(contentsOf: u)
            return true
        }
        if plain { return }
        let scalars = Array(s.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            switch c.value {
            case 0x22: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case 0x5C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D:
                if i + 1 < scalars.count, scalars[i + 1].value == 0x0A { continue }
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x09: out.append(UInt8(ascii: " "))
            case 0..<0x20, 0xFFFE, 0xFFFF: continue
            default: out.append(contentsOf: String(c).utf8)
            }
        }
    }
}

extension ByteSink {
    /// Writes `s` as a quoted DOT string; text with nothing to escape is copied in one piece.
    func writeDOTString(_ s: String) throws {
        try write(byte: UInt8(ascii: "\""))
        if !(try writeIfPlain(s)) { try writeEscapedDOT(s) }
        try write(byte: UInt8(ascii: "\""))
    }

    /// Writes bytes already escaped (`DOTText.appendEscaped`) between quotes.
    func writeDOTString(escaped bytes: [UInt8]) throws {
        try write(byte: UInt8(ascii: "\""))
        try bytes.withUnsafeBufferPointer { try write(bytes: $0) }
        try write(byte: UInt8(ascii: "\""))
    }

    /// Writes `s` unquoted if nothing in it needs escaping; says whether it did.
    private func writeIfPlain(_ s: String) throws -> Bool {
        var s = s
        return try s.withUTF8 { u in
            guard u.allSatisfy(DOTText.isPlain) else { return false }
            try write(bytes: u)
            return true
        }
    }

    private func writeEscapedDOT(_ s: String) throws {
        var out: [UInt8] = []
        DOTText.appendEscaped(s, to: &out)
        try out.withUnsafeBufferPointer { try write(bytes: $0) }
    }
}
