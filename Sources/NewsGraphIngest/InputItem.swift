/// One input to read: a file, or standard input.
public struct InputItem: Sendable, Hashable {
    /// The file's path, or `-` for standard input.
    public var path: String
    /// The document name the outputs are called by (`OUT/NAME.jsonld`); for JSONL, the file's stem
    /// (its documents are named by their ids).
    public var name: String
    /// What the file holds.
    public var kind: InputKind

    public init(path: String, name: String, kind: InputKind? = nil) {
        self.path = path
        self.name = name
        self.kind = kind ?? InputKind.of(path: path) ?? .text
    }
}
