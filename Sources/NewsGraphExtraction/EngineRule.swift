import NewsGraphMatching
import NewsGraphRules

/// A compiled rule as `RuleEngine` runs it: the programs and what places a match, and
/// nothing else. A class, so the hot loop passes one reference where a `CompiledRule`
/// (examples, declaration, source location) cost a dozen retains per copy.
final class EngineRule: Sendable {
    let id: String
    let emit: Int32
    let priority: Int
    let anchor: CompiledRule.Anchor
    let anchorMode: CompiledRule.AnchorMode
    let forward: Program?
    let backward: Program?
    let contextForward: Program?
    let before: Program?
    let after: Program?
    let notBefore: Program?
    let notAfter: Program?
    /// What a text must have for the rule to match: its pattern's and its `before:`/`after:`
    /// contexts' requirements together. A rule whose anchor is common but which needs a rare
    /// word (`以下简称` in `before:`) is skipped on the texts without it.
    let requirements: Program.Requirements.Mask

    init(_ rule: CompiledRule) {
        id = rule.id
        emit = rule.emit
        priority = rule.priority
        anchor = rule.anchor
        anchorMode = rule.anchorMode
        forward = rule.forward
        backward = rule.backward
        contextForward = rule.contextForward
        before = rule.before
        after = rule.after
        notBefore = rule.notBefore
        notAfter = rule.notAfter
        var needs = Program.Requirements()
        for p in [rule.forward, rule.backward, rule.contextForward, rule.before, rule.after].compactMap({ $0 }) {
            needs.formUnion(p.requirements())
        }
        requirements = needs.mask
    }
}
