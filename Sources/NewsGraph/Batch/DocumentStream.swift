import NewsGraphCore
import NewsGraphIngest
import NewsGraphStore

/// Reads the inputs one document at a time, in input order: a text or HTML
/// file is one document; a JSONL file (or stdin with `--stdin-format jsonl`)
/// gives one per line, read line by line so it is never held whole. Names are
/// claimed in this order (`UniqueNames`), so they do not depend on `--jobs`.
public final class DocumentStream {
    let items: [InputItem]
    let textField: String
    var itemIndex = 0
    var lines: LineReader?
    var linesOrigin = ""
    var names = UniqueNames()
    var seq = 0
    /// Bytes read from inputs that are done, plus the current JSONL stream's.
    var finishedBytes = 0

    public init(items: [InputItem], textField: String = "text") {
        self.items = items
        self.textField = textField
    }

    /// Input bytes consumed so far (compressed bytes for `.gz`), for progress.
    public var bytesConsumed: Int { finishedBytes + (lines?.bytesConsumed ?? 0) }

    /// The next item, or nil when every input is read.
    public func next() -> SourceItem? {
        while true {
            if let reader = lines {
                do {
                    if let line = try reader.next() {
                        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }  // blank lines are allowed
                        return record(line, number: reader.lineNumber)
                    }
                } catch {
                    finish(reader)
                    return failure(error)
                }
                finish(reader)
                continue
            }
            guard itemIndex < items.count else { return nil }
            let item = items[itemIndex]
            itemIndex += 1
            do {
                if item.kind == .jsonl {
                    lines = LineReader(try InputBytes.open(path: item.path))
                    linesOrigin = item.path
                    continue
                }
                let source = try InputBytes.open(path: item.path)
                let bytes = try source.readAll()
                finishedBytes += source.bytesConsumed
                defer { seq += 1 }
                return .document(
                    SourceDocument(
                        seq: seq, name: names.claim(item.path == "-" ? "stdin" : InputCollector.baseName(item.path)),
                        origin: item.path, payload: .bytes(bytes, item.kind), inputHash: ContentHash.hex(ContentHash.fnv1a64(bytes)),
                        size: bytes.count))
            } catch {
                return failure(error)
            }
        }
    }

    func finish(_ reader: LineReader) {
        finishedBytes += reader.bytesConsumed
        lines = nil
    }

    func failure(_ error: NewsGraphError) -> SourceItem {
        defer { seq += 1 }
        return .failure(seq: seq, error)
    }

    func record(_ line: ArraySlice<UInt8>, number: Int) -> SourceItem {
        do {
            let record = try JSONLRecord.parse(line, file: linesOrigin, line: number, textField: textField)
            defer { seq += 1 }
            return .document(
                SourceDocument(
                    seq: seq, name: names.claim(DocumentName.sanitize(record.id)), origin: "\(linesOrigin):\(number)",
                    payload: .record(record), inputHash: ContentHash.hex(ContentHash.fnv1a64(line)), size: line.count))
        } catch {
            return failure(error)
        }
    }
}
