import NewsGraphCore

/// Hand-written JSON string escaping (no JSONEncoder: writers run at tens of MB/s).
///
/// Escapes `"` and `\`, writes `\n`, `\r`, `\t` short and every other control
/// character below U+0020 as `\u00XX`; everything else, CJK included, stays raw UTF-8.
public enum JSONText {
    /// Whether `byte` (one UTF-8 code unit) must be escaped inside a JSON string.
    @inlinable @inline(__always)
    public static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Appends a provenance list as a JSON array of objects (`document`, `start`, `end`,
    /// `sourceStart`, `sourceEnd`, `text`, `rule`): spaced after `:` and `,` as JSON-LD prints
    /// it, or `compact` as GraphML stores it in one `<data>` value (`ProvenanceJSON` renders
    /// the compact form once for both). Inlinable, so that each writer gets it specialized for
    /// its buffer: called generically, every append went through the protocol's witness table.
    @inlinable
    public static func appendProvenance<Out: ByteOutput>(_ list: [Provenance], compact: Bool, to out: inout Out) {
        let keys = provenanceKeys
        out.append(byte: UInt8(ascii: "["))
        // By position: `enumerated()` copied each element (a retain and a release of its strings).
        for i in list.indices {
            if i > 0 { out.append(literal: compact ? "," : ", ") }
            out.append(literal: compact ? keys[0].compact : keys[0].spaced)
            appendQuoted(list[i].document, to: &out)
            out.append(literal: compact ? keys[1].compact : keys[1].spaced)
            out.append(decimal: list[i].span.start)
            out.append(literal: compact ? keys[2].compact : keys[2].spaced)
            out.append(decimal: list[i].span.end)
            out.append(literal: compact ? keys[3].compact : keys[3].spaced)
            out.append(decimal: list[i].sourceSpan.start)
            out.append(literal: compact ? keys[4].compact : keys[4].spaced)
            out.append(decimal: list[i].sourceSpan.end)
            out.append(literal: compact ? keys[5].compact : keys[5].spaced)
            appendQuoted(list[i].text, to: &out)
            out.append(literal: compact ? keys[6].compact : keys[6].spaced)
            appendQuoted(list[i].rule, to: &out)
            out.append(byte: UInt8(ascii: "}"))
        }
        out.append(byte: UInt8(ascii: "]"))
    }

    /// What opens each value of a provenance entry, compact and spaced (the first opens the entry).
    public static let provenanceKeys: [(compact: StaticString, spaced: StaticString)] = [
        ("{\"document\":", "{\"document\": "), (",\"start\":", ", \"start\": "), (",\"end\":", ", \"end\": "),
        (",\"sourceStart\":", ", \"sourceStart\": "), (",\"sourceEnd\":", ", \"sourceEnd\": "),
        (",\"text\":", ", \"text\": "), (",\"rule\":", ", \"rule\": "),
    ]

    /// Appends `s` as a quoted JSON string literal.
    @inlinable
    public static func appendQuoted<Out: ByteOutput>(_ s: String, to out: inout Out) {
        out.append(byte: UInt8(ascii: "\""))
        appendEscaped(s, to: &out)
        out.append(byte: UInt8(ascii: "\""))
    }

    /// Appends `s` escaped, without quotes; strings with nothing to escape (the common
    /// case) are copied in one piece.
    @inlinable
    public static func appendEscaped<Out: ByteOutput>(_ s: String, to out: inout Out) {
        let table = escaped
        s.withUTF8Bytes { bytes in
            var run = 0
            var i = table.firstMember(in: bytes, from: 0)
            while i < bytes.count {
                if run < i { out.append(bytes: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                appendEscape(bytes[i], to: &out)
                run = i + 1
                i = table.firstMember(in: bytes, from: run)
            }
            if run < bytes.count { out.append(bytes: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count])) }
        }
    }

    /// The bytes `needsEscape` says must be escaped.
    @usableFromInline static let escaped = ByteTable(needsEscape)

    /// Appends `n` in decimal (no String in between: writers append many offsets).
    @inlinable
    public static func appendDecimal<Out: ByteOutput>(_ n: Int, to out: inout Out) {
        out.append(decimal: n)
    }

    /// Writes `n` in decimal at `out` (room for 21 bytes: a sign and 20 digits); returns the count.
    @inlinable @inline(__always)
    public static func writeDecimal(_ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var v = n.magnitude
        var length = 1
        var probe = v
        while probe >= 10 {
            probe /= 10
            length += 1
        }
        var start = 0
        if n < 0 {
            out[0] = UInt8(ascii: "-")
            start = 1
        }
        var i = start + length
        repeat {
            i -= 1
            out[i] = UInt8(ascii: "0") + UInt8(v % 10)
            v /= 10
        } while v > 0
        return start + length
    }

    @usableFromInline
    static func appendEscape<Out: ByteOutput>(_ b: UInt8, to out: inout Out) {
        out.append(byte: UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""): out.append(byte: UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): out.append(byte: UInt8(ascii: "\\"))
        case 0x0A: out.append(byte: UInt8(ascii: "n"))
        case 0x0D: out.append(byte: UInt8(ascii: "r"))
        case 0x09: out.append(byte: UInt8(ascii: "t"))
        default:
            out.append(literal: "u00")
            out.append(byte: hexDigit(b >> 4))
            out.append(byte: hexDigit(b & 0x0F))
        }
    }

    @usableFromInline @inline(__always)
    static func hexDigit(_ n: UInt8) -> UInt8 { n < 10 ? UInt8(ascii: "0") + n : UInt8(ascii: "a") + n - 10 }

    /// The quoted JSON string literal of `s`.
    public static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

extension ByteSink {
    /// Writes `s` as a quoted JSON string.
    public func writeJSONString(_ s: String) throws {
        var out = buffer
        JSONText.appendQuoted(s, to: &out)
        try flushIfFull()
    }
}
