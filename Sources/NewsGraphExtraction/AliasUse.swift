import NewsGraphCore
import NewsGraphMatching

/// Finds where a text uses the short forms it defined: after
/// `宁德锂源新能源科技有限公司（以下简称“锂源科技”）`, every free `锂源科技`
/// mentions that company (rule `alias.use`); so does `某某智能装备` after `深圳某某智能装备有限公司`
/// (rule `alias.company-core`). Resolution maps each to the full name. A place read inside a use
/// (`贵州联通党委书记`: 贵州) is part of it, and a defined body's short form read as a person's name
/// (`楚衡所主任`) is the body.
enum AliasUse {
    /// A name a text writes again: a defined short form, or a company's name without its legal form.
    struct ShortForm {
        var text: String
        var kind: NodeKind
        var rule: String
        /// Where the text defines it (`以下简称“锂源科技”`), which is no use of it.
        var definedAt: TextSpan?
    }

    static func apply(_ aliases: [AliasDefinition], to mentions: [Mention], text: ScalarText) -> [Mention] {
        var forms = aliases.filter { $0.alias.text.count >= 2 }.map {
            ShortForm(text: $0.alias.text, kind: $0.full.kind, rule: "alias.use", definedAt: $0.alias.span)
        }
        let defined = Set(forms.map(\.text))
        for m in mentions where m.kind == .organization {
            for core in CompanyName.cores(of: m.text) where !defined.contains(core) {
                forms.append(ShortForm(text: core, kind: .organization, rule: "alias.company-core", definedAt: nil))
            }
        }
        guard !forms.isEmpty else { return mentions }
        let automaton = AhoCorasick(keywords: forms.map { [Unicode.Scalar](scalarsOf: $0.text) })
        // The longest form first where two overlap (`某某智能装备` over its tail `某智能装备`).
        let matches = automaton.matches(in: text.scalars).sorted { ($0.end - $0.start, $1.start) > ($1.end - $1.start, $0.start) }
        var result = mentions
        let taken = SortedSpans(mentions.map { $0.span })
        var used: [TextSpan] = []
        var takenOver = Set<Int>()
        for m in matches {
            let span = TextSpan(Int(m.start), Int(m.end))
            let form = forms[Int(m.id)]
            // Not the definition itself, not inside another name or another use.
            guard span != form.definedAt, !used.contains(where: { $0.overlaps(span) }) else { continue }
            if taken.overlapsAny(span) {
                let body = form.kind == .organization && form.definedAt != nil
                guard let inside = mentions.placesOnlyInside(span, orName: body) else { continue }
                takenOver.formUnion(inside)
            }
            used.append(span)
            result.append(Mention(kind: form.kind, span: span, text: form.text, rule: form.rule))
        }
        // (Nor is the definition itself a person's name, where voting read one there.)
        let definedBodies = Set(forms.filter { $0.kind == .organization }.compactMap(\.definedAt))
        takenOver.formUnion(mentions.indices.filter { mentions[$0].kind == .person && definedBodies.contains(mentions[$0].span) })
        if !takenOver.isEmpty {
            result = result.indices.filter { $0 >= mentions.count || !takenOver.contains($0) }.map { result[$0] }
        }
        return result.sorted { $0.span != $1.span ? $0.span < $1.span : $0.kind < $1.kind }
    }
}
