import NewsGraphCore

/// One entity mention: a kind, a span of the page text, and the rule that found it.
public struct Mention: Sendable, Hashable {
    public var kind: NodeKind
    public var span: TextSpan
    /// The text as written.
    public var text: String
    public var rule: String

    public init(kind: NodeKind, span: TextSpan, text: String, rule: String) {
        self.kind = kind
        self.span = span
        self.text = text
        self.rule = rule
    }
}

/// (person, title, organization): one per atomic title. `organization` is nil
/// when the text names no body the title belongs to.
public struct HoldsRelation: Sendable, Hashable {
    public var person: Mention
    public var title: Mention
    public var organization: Mention?
    /// The relation rule (`holds.chain`, `holds.government-post`, …).
    public var rule: String

    public init(person: Mention, title: Mention, organization: Mention?, rule: String) {
        self.person = person
        self.title = title
        self.organization = organization
        self.rule = rule
    }
}

/// A short form the text defines for a full name (`（以下简称“经开区”）`).
public struct AliasDefinition: Sendable, Hashable {
    public var full: Mention
    public var alias: Mention

    public init(full: Mention, alias: Mention) {
        self.full = full
        self.alias = alias
    }
}

/// What extraction found on one page.
public struct Extraction: Sendable {
    public var mentions: [Mention]
    public var holds: [HoldsRelation]
    public var aliases: [AliasDefinition]
    public var events: [EventRecord]
    /// The raw annotations, for `explain`.
    public var annotations: [Annotation]

    public init(mentions: [Mention], holds: [HoldsRelation], aliases: [AliasDefinition], events: [EventRecord], annotations: [Annotation]) {
        self.mentions = mentions
        self.holds = holds
        self.aliases = aliases
        self.events = events
        self.annotations = annotations
    }
}
