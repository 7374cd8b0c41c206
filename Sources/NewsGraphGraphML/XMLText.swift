import NewsGraphCore
import NewsGraphSerialization

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
        var copy = s
        guard copy.withUTF8({ $0.contains { $0 < 0x20 || $0 == 0xEF } }) else { return s }
        guard s.unicodeScalars.contains(where: { isForbidden($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars where !isForbidden(c.value) { out.append(c) }
        return String(out)
    }

    /// Appends `s` as element content: without the characters XML forbids, with `&`, `<`,
    /// `>` (so `]]>` cannot appear) and CR (which a parser would otherwise fold into LF)
    /// escaped. Quotes stay raw: the provenance JSON would otherwise grow fivefold.
    @inlinable
    public static func appendEscapedContent<Out: ByteOutput>(_ s: String, to out: inout Out) {
        s.withUTF8Bytes { appendEscaped($0, attribute: false, to: &out) }
    }

    /// Appends UTF-8 `bytes` as element content (see `appendEscapedContent(_:to:)`).
    @inlinable
    public static func appendEscapedContent<Out: ByteOutput>(bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        appendEscaped(bytes, attribute: false, to: &out)
    }

    /// Whether UTF-8 `bytes` are element content exactly as they are: what `appendEscapedContent`
    /// would copy unchanged (an EF byte only stops it where U+FFFE/U+FFFF start; full-width
    /// punctuation starts with EF too).
    @inlinable
    public static func isUnchangedContent(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = specialInContent.firstMember(in: bytes, from: 0)
        while i < n {
            guard bytes[i] == 0xEF, !(i + 2 < n && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE) else { return false }
            i = specialInContent.firstMember(in: bytes, from: i + 1)
        }
        return true
    }

    /// Appends `s` as an attribute value between double quotes, escaped as libxml2 escapes
    /// one: as content, plus `&quot;`, `&#10;` and `&#9;` (which a parser would otherwise
    /// normalize to spaces).
    @inlinable
    public static func appendEscapedAttribute<Out: ByteOutput>(_ s: String, to out: inout Out) {
        s.withUTF8Bytes { appendEscaped($0, attribute: true, to: &out) }
    }

    /// One pass over the UTF-8 bytes, copying runs that need nothing (most text) whole.
    /// Every forbidden character is a C0 byte or the sequences EF BF BE / EF BF BF.
    @inlinable
    static func appendEscaped<Out: ByteOutput>(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool, to out: inout Out) {
        let special = attribute ? specialInAttribute : specialInContent
        var run = 0
        let n = bytes.count
        var i = special.firstMember(in: bytes, from: 0)
        while i < n {
            let b = bytes[i]
            let replacement: StaticString
            var width = 1
            switch b {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x0D: replacement = "&#13;"
            case 0x22: replacement = "&quot;"
            case 0x0A: replacement = "&#10;"
            case 0x09: replacement = "&#9;"
            case 0xEF:
                guard i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE else {
                    i = special.firstMember(in: bytes, from: i + 1)
                    continue
                }
                replacement = ""
                width = 3
            default: replacement = ""  // another C0 control
            }
            if run < i { out.append(bytes: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
            out.append(literal: replacement)
            run = i + width
            i = special.firstMember(in: bytes, from: run)
        }
        if run < n { out.append(bytes: UnsafeBufferPointer(rebasing: bytes[run..<n])) }
    }

    /// The bytes `appendEscaped` stops at: C0 controls but TAB and LF, `&`, `<`, `>`, and
    /// EF (which may open U+FFFE/U+FFFF); in attributes also TAB, LF and `"`.
    @usableFromInline static let specialInContent = ByteTable { b in
        (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x26 || b == 0x3C || b == 0x3E || b == 0xEF
    }
    @usableFromInline static let specialInAttribute = ByteTable { b in b < 0x20 || b == 0x22 || specialInContent.contains(b) }
}
