/// A query's answer: named columns and rows of cells, printed as an aligned
/// table, JSON or CSV (`ResultFormatter`).
public struct QueryResult: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var name: String
        /// Ids and other machine columns appear in JSON only.
        public var inTable: Bool
        public init(_ name: String, inTable: Bool = true) {
            self.name = name
            self.inTable = inTable
        }
    }

    public enum Cell: Sendable, Equatable, ExpressibleByStringLiteral {
        case text(String)
        case int(Int)
        case list([String])

        public init(stringLiteral value: String) { self = .text(value) }

        /// The cell as one string: a list joined with `、`.
        public var text: String {
            switch self {
            case .text(let s): s
            case .int(let n): String(n)
            case .list(let l): l.joined(separator: "、")
            }
        }
    }

    public var columns: [Column]
    public var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The values of column `name`, as text.
    public func column(_ name: String) -> [String] {
        guard let i = columns.firstIndex(where: { $0.name == name }) else { return [] }
        return rows.map { $0[i].text }
    }
}
