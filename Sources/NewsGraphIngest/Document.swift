import NewsGraphCore

/// One input document, decoded and normalized.
public struct Document: Sendable {
    /// The document's name: the file name without its extension (`seed-page`), `stdin` for `-`,
    /// a JSONL line's id made safe (`DocumentName`).
    public var name: String
    /// Where it came from, for messages (`corpus/a001.txt`, `-`, `feed.jsonl:12`).
    public var origin: String
    /// The normalized text: BOM removed, CRLF and CR as LF, NFC.
    public var text: ScalarText
    /// Normalized offsets → offsets in the original file's scalars.
    public var offsets: OffsetMap
    /// What the input says about the document besides its text: a JSONL line's
    /// other fields (`date`, `url`, `title`, …), as strings.
    public var metadata: [String: String]

    public init(name: String, origin: String, text: ScalarText, offsets: OffsetMap, metadata: [String: String] = [:]) {
        self.name = name
        self.origin = origin
        self.text = text
        self.offsets = offsets
        self.metadata = metadata
    }

    /// The year of the document's `date` metadata (`2023-01-09`, `2023年1月9日`, `20230109`), if it has one.
    public var metadataYear: String? {
        guard let date = metadata["date"] ?? metadata["datePublished"] ?? metadata["published"] else { return nil }
        let digits = date.unicodeScalars.prefix { $0.value >= 0x30 && $0.value <= 0x39 }
        guard digits.count >= 4 else { return nil }
        let year = String(String.UnicodeScalarView(digits.prefix(4)))
        guard let y = Int(year), (1900...2199).contains(y) else { return nil }
        return year
    }
}
