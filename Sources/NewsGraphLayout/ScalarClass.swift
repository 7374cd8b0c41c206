/// Character classes that page layout decides by, on single scalars.
///
/// Layout works on `[Unicode.Scalar]` with integer indexes for speed; these
/// predicates are the only place that knows which punctuation ends a sentence,
/// which spaces pad a line, and what a name may be written with.
enum ScalarClass {
    /// Calls `body` with the bounds of each run of `s[a..<b]` between scalars `isSeparator` accepts.
    @inline(__always)
    static func forEachToken(
        _ s: [Unicode.Scalar], _ a: Int, _ b: Int, separatedBy isSeparator: (Unicode.Scalar) -> Bool, _ body: (Int, Int) -> Void
    ) {
        var i = a
        while i < b {
            while i < b, isSeparator(s[i]) { i += 1 }
            guard i < b else { break }
            let t0 = i
            while i < b, !isSeparator(s[i]) { i += 1 }
            body(t0, i)
        }
    }

    /// Whether `s[a..<b]` holds `c`: eight scalars compared at once (one by one, a line's full
    /// stop and comma checks read every scalar of most lines at some nine instructions each).
    static func holds(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ c: Unicode.Scalar) -> Bool {
        s.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            let wanted = SIMD8<UInt32>(repeating: c.value)
            var p = a
            while b - p >= 8 {
                if any(UnsafeRawPointer(base + p).loadUnaligned(as: SIMD8<UInt32>.self) .== wanted) { return true }
                p += 8
            }
            while p < b {
                if buffer[p] == c { return true }
                p += 1
            }
            return false
        }
    }

    /// Spaces inside a line: ASCII space, tab, ideographic space, no-break and typographic spaces.
    /// (Tested by range first: every scalar of a line is asked, and CJK, past U+3000, is most.)
    @inline(__always)
    static func isHorizontalSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0xA0 { return v == 0x20 || v == 0x09 }
        if v > 0x3000 { return v == 0xFEFF }
        return v == 0xA0 || v == 0x3000 || (v >= 0x2000 && v <= 0x200B)
    }

    /// Punctuation after which a line is complete: a break there never cuts a word.
    @inline(__always)
    static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F,  // 。！？!?
            0x2026, 0x201D, 0x300D, 0x300F,  // …”」』
            0xFF09, 0x29, 0xFF1B, 0x3B,  // ）);;
            0xFF1A, 0x3A, 0x3011, 0x2019:  // ：:】’
            return true
        default:
            return false
        }
    }

    /// Punctuation that cannot end a headline: the line stops mid-sentence or is a sentence.
    @inline(__always)
    static func isClauseMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0xFF0C, 0x3001, 0x2C, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0x3002: return true  // ，、,；;：:。
        default: return false
        }
    }

    /// The full stop: a line holding one is prose, not a title or menu.
    static let fullStop: Unicode.Scalar = "。"

    @inline(__always)
    static func isOpenBracket(_ c: Unicode.Scalar) -> Bool { c.value == 0xFF08 || c.value == 0x28 || c.value == 0x3010 }

    @inline(__always)
    static func isCloseBracket(_ c: Unicode.Scalar) -> Bool { c.value == 0xFF09 || c.value == 0x29 || c.value == 0x3011 }

    /// Digits as dates and page numbers write them: ASCII, full-width, Chinese numerals.
    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v >= 0x30 && v <= 0x39 { return true }
        if v >= 0xFF10 && v <= 0xFF19 { return true }
        switch v {
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341:
            return true  // 〇零一二三四五六七八九十
        default:
            return false
        }
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    @inline(__always)
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    /// A CJK ideograph (unified, extension A, compatibility, supplementary planes).
    @inline(__always)
    static func isIdeograph(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0x20000 && v <= 0x3134F)
    }

    /// The dot between the parts of a transcribed name (`阿卜杜·热合曼`).
    @inline(__always)
    static func isNameDot(_ c: Unicode.Scalar) -> Bool { c.value == 0xB7 || c.value == 0x30FB || c.value == 0x2027 }

    /// What separates the words of a byline: spaces, list commas, slashes, colons.
    @inline(__always)
    static func isBylineSeparator(_ c: Unicode.Scalar) -> Bool {
        if c.value >= 0x4E00 && c.value <= 0x9FFF { return false }  // an ideograph: most of a byline
        if isHorizontalSpace(c) { return true }
        switch c.value {
        case 0x3001, 0xFF0C, 0x2C, 0x2F, 0xFF0F, 0x3A, 0xFF1A, 0x7C, 0xFF5C: return true  // 、，,/／:：|｜
        // The marks e-paper pages set before a byline (`□本报记者 某某`): □ ■ ○ ● ◇ ◆ ☆ ★.
        case 0x25A1, 0x25A0, 0x25CB, 0x25CF, 0x25C7, 0x25C6, 0x2606, 0x2605: return true
        default: return false
        }
    }
}
