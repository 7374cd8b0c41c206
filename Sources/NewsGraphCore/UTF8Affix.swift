extension StringProtocol {
    /// `hasPrefix` by UTF-8 bytes. The text is in NFC (ingest normalizes it) and so are the
    /// word lists compared with it (CJK words and punctuation), where the answer is
    /// `hasPrefix`'s without its comparison grapheme by grapheme, slow on CJK text.
    @inlinable
    public func hasUTF8Prefix(_ prefix: some StringProtocol) -> Bool {
        if let answer = withUTF8Buffers(prefix, { text, start in text.count >= start.count && text.prefix(start.count).elementsEqual(start) }) {
            return answer
        }
        return utf8.starts(with: prefix.utf8)
    }

    /// `hasSuffix` by UTF-8 bytes (see `hasUTF8Prefix`).
    @inlinable
    public func hasUTF8Suffix(_ suffix: some StringProtocol) -> Bool {
        if let answer = withUTF8Buffers(suffix, { text, end in text.count >= end.count && text.suffix(end.count).elementsEqual(end) }) {
            return answer
        }
        // (Not by `reversed()`: on a `StringProtocol`'s UTF-8 view, a plain `Collection`, that copies both into arrays.)
        let (text, end) = (utf8, suffix.utf8)
        let (count, endCount) = (text.count, end.count)
        return count >= endCount && text.dropFirst(count - endCount).elementsEqual(end)
    }

    /// `body` over the UTF-8 bytes of this and `other` in place, when both are stored as UTF-8
    /// (native strings are): a byte loop over buffers, not index by index through the views.
    @inlinable
    func withUTF8Buffers(_ other: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        let answer = utf8.withContiguousStorageIfAvailable { text in other.utf8.withContiguousStorageIfAvailable { body(text, $0) } }
        return answer ?? nil
    }
}
