/// An error that names where it happened: a file and, where it applies, a line
/// and column or a byte offset.
public struct NewsGraphError: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var byteOffset: Int?
    public var message: String
    /// The system error (`errno`) behind it, when there is one.
    public var code: Int32?

    public init(file: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil, message: String, code: Int32? = nil) {
        self.file = file
        self.code = code
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        if let byteOffset { place += " (byte \(byteOffset))" }
        return "\(place): \(message)"
    }
}
