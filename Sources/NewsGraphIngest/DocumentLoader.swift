import Foundation
import NewsGraphCore

/// Reads an input item and turns it into a normalized `Document`.
public enum DocumentLoader {
    /// Reads a text or HTML file (gunzipped when it ends in `.gz`), or stdin for `-`.
    public static func load(_ item: InputItem, encoding: TextEncoding = .auto) throws(NewsGraphError) -> Document {
        let bytes = try InputBytes.readAll(path: item.path)
        return try load(bytes: bytes, name: item.name, origin: item.path, kind: item.kind, encoding: encoding)
    }

    public static func load(
        bytes: [UInt8], name: String, origin: String, kind: InputKind = .text, encoding: TextEncoding = .auto,
        metadata: [String: String] = [:]
    ) throws(NewsGraphError) -> Document {
        var (scalars, isNormalized) = try TextDecoder.decodeText(bytes, file: origin, encoding: encoding)
        if kind == .html {
            isNormalized = false
            var html = String.UnicodeScalarView()
            html.append(contentsOf: scalars)
            let text = try HTMLArticleText.extract(html: String(html), file: origin)
            scalars = try TextDecoder.nonEmpty(Array(text.unicodeScalars), file: origin)
        }
        let (text, offsets) = TextNormalizer.normalize(scalars, isNormalized: isNormalized)
        return Document(name: name, origin: origin, text: text, offsets: offsets, metadata: metadata)
    }

    /// A JSONL line's document.
    public static func load(record: JSONLRecord, name: String, origin: String) throws(NewsGraphError) -> Document {
        if TextDecoder.firstLongLine(ArraySlice(record.text.utf8)) != nil {
            throw NewsGraphError(
                file: origin, message: "a text line longer than \(TextDecoder.maxLineBytes) bytes (no line break); not a news page")
        }
        let scalars = try TextDecoder.nonEmpty(Array(record.text.unicodeScalars), file: origin)
        let (text, offsets) = TextNormalizer.normalize(scalars)
        return Document(name: name, origin: origin, text: text, offsets: offsets, metadata: record.metadata)
    }

    public static func load(string: String, name: String) -> Document {
        let (text, offsets) = TextNormalizer.normalize(Array(string.unicodeScalars))
        return Document(name: name, origin: name, text: text, offsets: offsets)
    }
}
