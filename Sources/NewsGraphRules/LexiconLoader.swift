import Foundation

/// Reads word-list files: one entry a line, `#` comments, blank lines ignored;
/// an entry is the line's first tab-separated field, trimmed.
///
/// Works on the file's bytes: splitting a 40,000-line lexicon as a `String`
/// (grapheme by grapheme) took half of the rule compiler's time budget.
public enum LexiconLoader {
    public static func read(_ path: String, displayName: String) throws(RuleDiagnostic) -> [LexiconEntry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleDiagnostic(.missingFile, SourceLocation(file: displayName, line: 0, column: 0), "cannot read lexicon file")
        }
        guard String(data: data, encoding: .utf8) != nil else {
            throw RuleDiagnostic(.missingFile, SourceLocation(file: displayName, line: 0, column: 0), "lexicon file is not UTF-8")
        }
        return data.withUnsafeBytes { raw in entries(raw.bindMemory(to: UInt8.self), displayName: displayName) }
    }

    /// The entries of valid UTF-8 text.
    static func entries(_ bytes: UnsafeBufferPointer<UInt8>, displayName: String) -> [LexiconEntry] {
        var out: [LexiconEntry] = []
        var lineStart = 0
        var lineNumber = 0
        while lineStart <= bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var fieldEnd = lineStart
            while fieldEnd < lineEnd, bytes[fieldEnd] != 0x09 { fieldEnd += 1 }
            var lo = lineStart, hi = fieldEnd
            while lo < hi, let width = whitespaceWidth(bytes, at: lo) { lo += width }
            while lo < hi, let width = whitespaceWidth(bytes, endingAt: hi, from: lo) { hi -= width }
            if lo < hi, bytes[lo] != UInt8(ascii: "#") {
                let entry = String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
                let line = lo == lineStart && hi == lineEnd
                    ? entry : String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
                out.append(LexiconEntry(text: entry, location: SourceLocation(file: displayName, line: lineNumber, column: 1, text: line)))
            }
            lineStart = lineEnd + 1
        }
        return out
    }

    /// The byte length of the whitespace scalar starting at `i`, or nil. CJK (lead bytes
    /// E4–E9) is never whitespace, so most entries skip the property lookup.
    static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 { return Character(Unicode.Scalar(b)).isWhitespace ? 1 : nil }
        if (0xE4...0xE9).contains(b) { return nil }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + width <= bytes.count else { return nil }
        var scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + width)]), as: UTF8.self).unicodeScalars.makeIterator()
        return scalar.next()?.properties.isWhitespace == true ? width : nil
    }

    /// The byte length of the whitespace scalar ending at `end` (not before `floor`), or nil.
    static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, from floor: Int) -> Int? {
        var start = end - 1
        while start > floor, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let width = whitespaceWidth(bytes, at: start), start + width == end else { return nil }
        return width
    }
}
