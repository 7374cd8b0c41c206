import NewsGraphCore
import NewsGraphIngest

/// One document as the input stream hands it on, before any decoding: its
/// place in the run, its name and the bytes (or JSONL record) it comes from.
public struct SourceDocument: Sendable {
    public enum Payload: Sendable {
        /// A text or HTML file's bytes (already gunzipped).
        case bytes([UInt8], InputKind)
        /// A JSONL line's record.
        case record(JSONLRecord)
    }

    /// 0, 1, 2… in input order, counting failed inputs too.
    public var seq: Int
    public var name: String
    /// `a.txt`, `feed.jsonl:12`, `-`.
    public var origin: String
    public var payload: Payload
    /// FNV-1a 64 of the input's bytes (the file, or the JSONL line): what a later run compares.
    public var inputHash: String
    /// The input's size in bytes (for throughput).
    public var size: Int

    /// The JSONL record's id (`--id` picks a record by it); a file's name for other inputs.
    public var recordID: String {
        if case .record(let record) = payload { return record.id }
        return name
    }

    /// The document, decoded and normalized (the batch and `explain` read inputs alike).
    public func load(encoding: TextEncoding = .auto) throws(NewsGraphError) -> Document {
        switch payload {
        case .bytes(let bytes, let kind):
            try DocumentLoader.load(bytes: bytes, name: name, origin: origin, kind: kind, encoding: encoding)
        case .record(let record):
            try DocumentLoader.load(record: record, name: name, origin: origin)
        }
    }
}

/// An item of the input stream: a document, or an input that could not be read
/// (kept in sequence so that failures are reported in input order).
public enum SourceItem: Sendable {
    case document(SourceDocument)
    case failure(seq: Int, NewsGraphError)

    public var seq: Int {
        switch self {
        case .document(let d): d.seq
        case .failure(let seq, _): seq
        }
    }
}
