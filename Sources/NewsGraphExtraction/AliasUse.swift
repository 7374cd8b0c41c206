import NewsGraphCore
import NewsGraphMatching

/// Finds where a text uses the short forms it defined: after
/// `宁德锂源新能源科技有限公司（以下简称“锂源科技”）`, every free `锂源科技`
/// mentions that company (rule `alias.use`); resolution maps it to the full name. A place read
/// inside a use (`贵州联通党委书记`: 贵州) is part of it.
enum AliasUse {
    static func apply(_ aliases: [AliasDefinition], to mentions: [Mention], text: ScalarText) -> [Mention] {
        let forms = aliases.filter { $0.alias.text.count >= 2 }
        guard !forms.isEmpty else { return mentions }
        let automaton = AhoCorasick(keywords: forms.map { [Unicode.Scalar](scalarsOf: $0.alias.text) })
        var result = mentions
        let taken = SortedSpans(mentions.map { $0.span })
        var used = Set<TextSpan>()
        var placesInUses = Set<Int>()
        for m in automaton.matches(in: text.scalars) {
            let span = TextSpan(Int(m.start), Int(m.end))
            let definition = forms[Int(m.id)]
            // Not the definition itself, not inside another name, not after the definition's own text.
            guard span != definition.alias.span, !used.contains(span) else { continue }
            if taken.overlapsAny(span) {
                guard let inside = mentions.placesOnlyInside(span) else { continue }
                placesInUses.formUnion(inside)
            }
            used.insert(span)
            result.append(Mention(kind: definition.full.kind, span: span, text: definition.alias.text, rule: "alias.use"))
        }
        if !placesInUses.isEmpty {
            result = result.indices.filter { $0 >= mentions.count || !placesInUses.contains($0) }.map { result[$0] }
        }
        return result.sorted { $0.span != $1.span ? $0.span < $1.span : $0.kind < $1.kind }
    }
}
