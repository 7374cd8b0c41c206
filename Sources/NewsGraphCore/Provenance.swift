/// Where a node or edge was read: one mention in one document.
public struct Provenance: Hashable, Comparable, Sendable {
    /// The document's name (`seed-page` for `seed-page.txt`).
    public var document: String
    /// Scalar offsets in the normalized text (after decoding, NFC and line repair).
    public var span: TextSpan
    /// Scalar offsets in the original file.
    public var sourceSpan: TextSpan
    /// The mention as written in the normalized text.
    public var text: String
    /// The id of the rule that produced it (`person.surname-given`, `layout.byline`).
    public var rule: String

    public init(document: String, span: TextSpan, sourceSpan: TextSpan, text: String, rule: String) {
        self.document = document
        self.span = span
        self.sourceSpan = sourceSpan
        self.text = text
        self.rule = rule
    }

    /// The rule of a node made only as the end of an event's edge, from a name written inside a
    /// longer one (`峪口镇` of `平谷区峪口镇总工会`): it is there for the edge, not an entity mention.
    public static let inNameRule = "event.in-name"

    public static func < (a: Provenance, b: Provenance) -> Bool {
        if a.document != b.document { return UTF8Key.less(a.document, b.document) }
        if a.span != b.span { return a.span < b.span }
        if a.rule != b.rule { return UTF8Key.less(a.rule, b.rule) }
        return UTF8Key.less(a.text, b.text)
    }
}
