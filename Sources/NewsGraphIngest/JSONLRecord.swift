import NewsGraphCore

/// One line of a JSONL input: `{"id": …, "text": …, …}`. The id names the
/// document (made safe by `DocumentName`); the text field (`text` unless told
/// otherwise) is its text; every other scalar field (`date`, `url`, `title`, …)
/// is kept as metadata, as a string.
public struct JSONLRecord: Sendable, Equatable {
    public var id: String
    public var text: String
    public var metadata: [String: String]

    public init(id: String, text: String, metadata: [String: String] = [:]) {
        self.id = id
        self.text = text
        self.metadata = metadata
    }

    /// Parses one line; errors name the file and the line.
    public static func parse(_ line: ArraySlice<UInt8>, file: String, line number: Int, textField: String = "text")
        throws(NewsGraphError) -> JSONLRecord
    {
        func fail(_ message: String) -> NewsGraphError { NewsGraphError(file: file, line: number, message: message) }
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(line), file: file)
        } catch let e as NewsGraphError {
            throw NewsGraphError(file: file, line: number, column: e.column, message: "invalid JSON: \(e.message)")
        } catch {
            throw fail("invalid JSON: \(error)")
        }
        guard case .object(let members) = value else { throw fail("not a JSON object") }
        var id: String?
        var text: String?
        var metadata: [String: String] = [:]
        for (key, v) in members {
            let scalar: String?
            switch v {
            case .string(let s): scalar = s
            case .number(let n): scalar = n
            case .bool(let b): scalar = b ? "true" : "false"
            case .null, .array, .object: scalar = nil
            }
            if key == textField {
                guard let s = v.string else { throw fail("\"\(textField)\" is not a string") }
                text = s
            } else if key == "id" {
                guard let s = scalar, !s.isEmpty else { throw fail("\"id\" is not a non-empty string or number") }
                id = s
            } else if let scalar, metadata[key] == nil {
                metadata[key] = scalar
            }
        }
        guard let id else { throw fail("no \"id\"") }
        guard let text else { throw fail("no \"\(textField)\" field") }
        return JSONLRecord(id: id, text: text, metadata: metadata)
    }
}
