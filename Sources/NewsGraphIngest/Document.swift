import NewsGraphCore

/// One input document, decoded and normalized.
public struct Document: Sendable {
    /// The document's name: the file name without its extension (`seed-page`), `stdin` for `-`.
    public var name: String
    /// Where it came from, for messages (`corpus/a001.txt`, `-`).
    public var origin: String
    /// The normalized text: BOM removed, CRLF and CR as LF, NFC.
    public var text: ScalarText
    /// Normalized offsets → offsets in the original file's scalars.
    public var offsets: OffsetMap

    public init(name: String, origin: String, text: ScalarText, offsets: OffsetMap) {
        self.name = name
        self.origin = origin
        self.text = text
        self.offsets = offsets
    }
}
