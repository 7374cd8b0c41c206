import NewsGraphCore

/// A span of text a rule labelled with a kind, and the annotations it consumed.
public struct Annotation: Sendable, Hashable {
    public var kind: String
    public var span: TextSpan
    /// The id of the rule that made it.
    public var rule: String
    /// Annotations of earlier phases inside it (for `explain`).
    public var children: [Annotation]

    public init(kind: String, span: TextSpan, rule: String, children: [Annotation] = []) {
        self.kind = kind
        self.span = span
        self.rule = rule
        self.children = children
    }

    /// The entity kind, when the annotation is one (lowercase kinds are internal).
    public var entityKind: NodeKind? {
        // Entity kinds are capitalized, internal ones not: one byte turns most away.
        guard let first = kind.utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return nil }
        return switch kind {
        case "Person": .person
        case "Title": .title
        case "Organization": .organization
        case "Location": .location
        case "Event": .event
        default: nil
        }
    }
}
