import NewsGraphCore
import NewsGraphLayout
import NewsGraphRules

/// Runs the rules over a page and reads entities and relations off the result.
public struct Extractor: Sendable {
    public let engine: RuleEngine
    public let holds: HoldsExtractor
    public let voting: NameVoting

    public init(rules: RuleSet) {
        engine = RuleEngine(rules: rules)
        holds = HoldsExtractor()
        voting = NameVoting()
    }

    public func extract(_ page: Page) -> Extraction {
        extract(page.text)
    }

    public func extract(_ text: ScalarText) -> Extraction {
        let annotations = engine.annotate(text.scalars)
        var mentions: [Mention] = []
        var aliases: [AliasDefinition] = []
        var lastNamed: Mention? = nil
        for a in annotations {
            if a.kind == "alias", let full = lastNamed {
                // `X（以下简称“Y”）`: Y names what X names.
                aliases.append(AliasDefinition(full: full, alias: Mention(kind: full.kind, span: a.span, text: text.string(a.span), rule: a.rule)))
                continue
            }
            guard let kind = a.entityKind else { continue }
            let m = Mention(kind: kind, span: a.span, text: text.string(a.span), rule: a.rule)
            mentions.append(m)
            if kind == .organization || kind == .location { lastNamed = m }
        }
        mentions = voting.apply(mentions, text: text)
        return Extraction(
            mentions: mentions, holds: holds.extract(mentions, text: text), aliases: aliases, annotations: annotations)
    }
}
