/// A problem found while reading or compiling rules, with a stable code.
public struct RuleDiagnostic: Error, Sendable, CustomStringConvertible, Hashable {
    public enum Code: String, Sendable {
        case syntax = "R001"
        case unknownLexicon = "R002"
        case unknownName = "R003"
        case duplicateRule = "R004"
        case cycle = "R005"
        case missingFile = "R006"
        case matchesEmpty = "R007"
        case unknownKey = "R008"
        case badExample = "R009"
        case tooComplex = "R010"
    }

    public var code: Code
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    /// The source line, shown under the message with a caret at `column`.
    public var sourceLine: String

    public init(_ code: Code, _ loc: SourceLocation, _ message: String) {
        self.code = code
        self.file = loc.file
        self.line = loc.line
        self.column = loc.column
        self.message = message
        self.sourceLine = loc.text
    }

    public var description: String {
        var s = "\(file):\(line):\(column): error \(code.rawValue): \(message)"
        if !sourceLine.isEmpty {
            let pad = String(sourceLine.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : ($0.isASCII ? " " : "　") })
            s += "\n  \(sourceLine)\n  \(pad)^"
        }
        return s
    }
}

/// All the diagnostics of one compile, reported together.
public struct RuleErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [RuleDiagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// A place in a rule or lexicon file (1-based line and column, in characters).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var text: String

    public init(file: String, line: Int, column: Int, text: String = "") {
        self.file = file
        self.line = line
        self.column = column
        self.text = text
    }

    public var description: String { "\(file):\(line)" }
}
