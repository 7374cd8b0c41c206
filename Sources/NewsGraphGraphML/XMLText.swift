/// Text that XML 1.0 can hold.
public enum XMLText {
    /// Whether `v` is outside XML 1.0's `Char` production (surrogates cannot occur in a Swift String).
    @inline(__always)
    public static func isForbidden(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF
    }

    /// `s` without the characters XML forbids (U+0000–U+0008, U+000B, U+000C,
    /// U+000E–U+001F, U+FFFE, U+FFFF). libxml2 would write them raw and report
    /// success, leaving a file no parser reads.
    public static func sanitized(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return s }
        guard s.unicodeScalars.contains(where: { isForbidden($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars where !isForbidden(c.value) { out.append(c) }
        return String(out)
    }

    /// Appends `s` as element content (see `escapedContent`), UTF-8.
    public static func appendEscapedContent(_ s: String, to out: inout [UInt8]) {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) {
            out.append(contentsOf: s.utf8)
        } else {
            out.append(contentsOf: escapedContent(s).utf8)
        }
    }

    /// Appends UTF-8 `bytes` as element content (see `escapedContent`).
    public static func appendEscapedContent(bytes: [UInt8], to out: inout [UInt8]) {
        if !bytes.contains(where: { $0 < 0x20 || $0 == 0xEF || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) {
            out.append(contentsOf: bytes)
        } else {
            out.append(contentsOf: escapedContent(String(decoding: bytes, as: UTF8.self)).utf8)
        }
    }

    /// `s` as element content: sanitized, with `&`, `<`, `>` (so `]]>` cannot
    /// appear) and CR (which a parser would otherwise fold into LF) escaped.
    /// Quotes stay raw: the provenance JSON would otherwise grow fivefold.
    public static func escapedContent(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else {
            return s
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch c.value {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x0D: out.append(contentsOf: "&#13;".utf8)
            case let v where isForbidden(v): continue
            default: out.append(contentsOf: String(c).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
