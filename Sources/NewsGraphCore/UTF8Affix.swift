extension StringProtocol {
    /// `hasPrefix` by UTF-8 bytes. The text is in NFC (ingest normalizes it) and so are the
    /// word lists compared with it (CJK words and punctuation), where the answer is
    /// `hasPrefix`'s without its comparison grapheme by grapheme, slow on CJK text.
    @inlinable
    public func hasUTF8Prefix(_ prefix: some StringProtocol) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// `hasSuffix` by UTF-8 bytes (see `hasUTF8Prefix`).
    @inlinable
    public func hasUTF8Suffix(_ suffix: some StringProtocol) -> Bool {
        let (text, end) = (utf8, suffix.utf8)
        return text.count >= end.count && text.reversed().starts(with: end.reversed())
    }
}
