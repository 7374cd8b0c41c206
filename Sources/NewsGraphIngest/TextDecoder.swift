// NewsGraphIngest: bytes in, normalized documents out.
//
// Input: paths (files, directories, JSONL, `.gz`, HTML, `-` for stdin) or raw
// bytes. Output: `Document` values whose text is valid Unicode, NFC, with LF
// line ends, and an offset map back to the original text's scalars.
// Non-goals: page layout.
import Foundation
import NewsGraphCore

/// Decodes a file's bytes to scalars (UTF-8 with or without BOM, UTF-16 with a
/// BOM, GB18030/GBK), rejecting what is not text.
///
/// Emits the scalars of the file (BOM excluded: offsets count from the first
/// character of text), or an error naming the byte offset of the first problem.
public enum TextDecoder {
    /// The longest line accepted, in bytes. A news page's longest paragraph is a few
    /// KB and a one-line web scrape of a whole page well under 1 MB; a longer line is
    /// a dump or a data file, and laying it out as one paragraph would take minutes.
    public static let maxLineBytes = 1 << 20

    public static func decode(_ bytes: [UInt8], file: String, encoding: TextEncoding = .auto) throws(NewsGraphError)
        -> [Unicode.Scalar]
    {
        try decodeText(bytes, file: file, encoding: encoding).scalars
    }

    /// The scalars, and whether they are known to be normalized already (valid UTF-8 whose
    /// scalars are all `TextNormalizer.isNFCStable`, no CR): the UTF-8 pass tells for free
    /// what the normalizer would otherwise scan every scalar again for.
    static func decodeText(_ bytes: [UInt8], file: String, encoding: TextEncoding) throws(NewsGraphError)
        -> (scalars: [Unicode.Scalar], isNormalized: Bool)
    {
        let utf16BOM = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if encoding == .utf16 || (encoding == .auto && utf16BOM) {
            return (try nonEmpty(UTF16Decoder.decode(bytes, file: file), file: file), false)
        }
        if encoding == .gb18030 {
            return (try nonEmpty(GB18030Decoder.decode(bytes[...], file: file), file: file), false)
        }
        do {
            return try decodeUTF8(bytes, file: file)
        } catch {
            // Not UTF-8: legacy Chinese text is GB18030 (GBK, GB2312); keep the UTF-8
            // error when the bytes are not that either.
            guard encoding == .auto, error.message.hasPrefix("invalid UTF-8"),
                let scalars = try? GB18030Decoder.decode(bytes[...], file: file)
            else { throw error }
            return (scalars, false)
        }
    }

    static func nonEmpty(_ scalars: [Unicode.Scalar], file: String) throws(NewsGraphError) -> [Unicode.Scalar] {
        if scalars.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
            throw NewsGraphError(file: file, message: "empty document (no text)")
        }
        if let nul = scalars.firstIndex(of: "\0") {
            throw NewsGraphError(file: file, message: "binary file (NUL character at scalar \(nul)), not text")
        }
        return scalars
    }

    static func decodeUTF8(_ bytes: [UInt8], file: String) throws(NewsGraphError) -> (scalars: [Unicode.Scalar], isNormalized: Bool) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw NewsGraphError(file: file, message: "empty document (no text)")
        }
        if let nul = firstNUL(body) {
            throw NewsGraphError(file: file, byteOffset: nul, message: "binary file (NUL byte), not text")
        }
        if let start = firstLongLine(body) {
            throw NewsGraphError(
                file: file, byteOffset: start,
                message: "a line longer than \(maxLineBytes) bytes (no line break); not a news page")
        }
        if let decoded = decodeValidUTF8(body) { return decoded }
        // Only to say where the text goes bad, and how.
        var scalars: [Unicode.Scalar] = []
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var offset = body.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                throw NewsGraphError(
                    file: file, byteOffset: offset,
                    message: "invalid UTF-8 (\(length) bad byte(s) starting 0x\(String(bytes[offset], radix: 16, uppercase: true)))")
            case .emptyInput:
                return (scalars, false)
            }
        }
    }

    /// The scalars of `body` and whether they need no normalizing (every one NFC-stable, no
    /// CR), or nil when it is not valid UTF-8 (Unicode's table 3-7: no overlong forms, no
    /// surrogates, nothing above U+10FFFF). Every input goes through here, and the standard
    /// library's scalar-by-scalar parser was a third of ingest.
    static func decodeValidUTF8(_ body: ArraySlice<UInt8>) -> (scalars: [Unicode.Scalar], isNormalized: Bool)? {
        body.withUnsafeBufferPointer { b -> (scalars: [Unicode.Scalar], isNormalized: Bool)? in
            let n = b.count
            var valid = true
            var normalized = true
            // At most one scalar per byte, written in place without a capacity check per scalar.
            let out = [Unicode.Scalar](unsafeUninitializedCapacity: n) { buffer, count in
                guard let src = b.baseAddress, let dst = buffer.baseAddress, let stable = TextNormalizer.threeByteStable.baseAddress else { return }
                var i = 0, o = 0
                defer { count = o }
                while i < n {
                    // Four three-byte sequences a step (CJK, its punctuation and the full-width
                    // forms: most of a Chinese page), read in an eight-byte and a four-byte load and
                    // checked by mask: leads E0–EF, two continuation bytes each; then one table read
                    // a scalar says it is NFC-stable and so no overlong form or surrogate either
                    // (`TextNormalizer.threeByteStable`). Anything else (and the page's last
                    // eleven bytes) goes one scalar at a time below. (Wrapping arithmetic: i < n and
                    // o <= i, nothing overflows. Two sequences a load, leads E3–E9 only, left the
                    // page's commas and brackets to the scalar path: 19 instructions a CJK scalar.)
                    while n &- i >= 12, src[i] >= 0xE0 {  // a line's breaks and digits pass on at once
                        let p = UnsafeRawPointer(src + i)
                        let a = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                        let b = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
                        guard a & 0xC0F0_C0C0_F0C0_C0F0 == 0x80E0_8080_E080_80E0, b & 0xC0C0_F0C0 == 0x8080_E080 else { break }
                        let v0 = UInt32(truncatingIfNeeded: (a & 0x0F) << 12 | (a >> 2) & 0xFC0 | (a >> 16) & 0x3F)
                        let v1 = UInt32(truncatingIfNeeded: (a >> 12) & 0xF000 | (a >> 26) & 0xFC0 | (a >> 40) & 0x3F)
                        let v2 = UInt32(truncatingIfNeeded: (a >> 36) & 0xF000 | (a >> 50) & 0xFC0) | b & 0x3F
                        let v3 = (b & 0x0F00) << 4 | (b >> 10) & 0xFC0 | (b >> 24) & 0x3F
                        guard stable[Int(v0)] & stable[Int(v1)] & stable[Int(v2)] & stable[Int(v3)] != 0 else { break }
                        (dst + o).initialize(to: unsafeBitCast(v0, to: Unicode.Scalar.self))  // valid: checked above
                        (dst + o + 1).initialize(to: unsafeBitCast(v1, to: Unicode.Scalar.self))
                        (dst + o + 2).initialize(to: unsafeBitCast(v2, to: Unicode.Scalar.self))
                        (dst + o + 3).initialize(to: unsafeBitCast(v3, to: Unicode.Scalar.self))
                        o &+= 4
                        i &+= 12
                    }
                    guard i < n else { break }
                    let lead = src[i]
                    var value: UInt32
                    if lead < 0x80 {
                        value = UInt32(lead)
                        if lead == 0x0D { normalized = false }
                        i += 1
                    } else if lead &- 0xE3 < 7, i + 2 < n {
                        // E3–E9 outside a step of four (a line's last few scalars), or with a bad
                        // continuation byte: CJK, where only the voicing marks need normalizing.
                        let c1 = src[i + 1], c2 = src[i + 2]
                        guard c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 else { valid = false; return }
                        value = UInt32(lead & 0x0F) << 12 | UInt32(c1 & 0x3F) << 6 | UInt32(c2 & 0x3F)
                        if value &- 0x3099 < 2 { normalized = false }
                        i += 3
                    } else {
                        if lead >= 0xE0, lead <= 0xEF {
                            guard i + 2 < n else { valid = false; return }
                            let c1 = src[i + 1], c2 = src[i + 2]
                            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80, high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                            guard c1 >= low, c1 <= high, c2 & 0xC0 == 0x80 else { valid = false; return }
                            value = UInt32(lead & 0x0F) << 12 | UInt32(c1 & 0x3F) << 6 | UInt32(c2 & 0x3F)
                            i += 3
                        } else if lead >= 0xC2, lead <= 0xDF {
                            guard i + 1 < n, src[i + 1] & 0xC0 == 0x80 else { valid = false; return }
                            value = UInt32(lead & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F)
                            i += 2
                        } else if lead >= 0xF0, lead <= 0xF4 {
                            guard i + 3 < n else { valid = false; return }
                            let c1 = src[i + 1], c2 = src[i + 2], c3 = src[i + 3]
                            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80, high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                            guard c1 >= low, c1 <= high, c2 & 0xC0 == 0x80, c3 & 0xC0 == 0x80 else { valid = false; return }
                            value = UInt32(lead & 0x07) << 18 | UInt32(c1 & 0x3F) << 12 | UInt32(c2 & 0x3F) << 6 | UInt32(c3 & 0x3F)
                            i += 4
                        } else {
                            valid = false
                            return
                        }
                        if !TextNormalizer.isNFCStable(unsafeBitCast(value, to: Unicode.Scalar.self)) { normalized = false }
                    }
                    (dst + o).initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))  // valid: checked above
                    o += 1
                }
            }
            return valid ? (out, normalized) : nil
        }
    }

    static func firstNUL(_ body: ArraySlice<UInt8>) -> Int? {
        body.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else { return nil }
            return body.startIndex + base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    static func firstLongLine(_ body: ArraySlice<UInt8>) -> Int? {
        body.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var lineStart = 0
            while buffer.count - lineStart > maxLineBytes {
                // LF, or a lone CR (old Mac files), which the normalizer also reads as a line end.
                guard let hit = memchr(base + lineStart, 0x0A, maxLineBytes + 1) ?? memchr(base + lineStart, 0x0D, maxLineBytes + 1)
                else {
                    return body.startIndex + lineStart
                }
                lineStart = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return nil
        }
    }
}
