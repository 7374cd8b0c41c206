/// A typed property value; GraphML declares its keys with these types.
public enum PropertyValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case strings([String])

    /// The value as one string, for formats that only hold scalars; lists are joined with `|`.
    public var text: String {
        switch self {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .bool(let b): b ? "true" : "false"
        case .strings(let l): l.joined(separator: "|")
        }
    }
}
