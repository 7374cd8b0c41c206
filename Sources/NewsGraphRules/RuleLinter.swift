/// Finds what is legal but probably wrong in a rule set: names declared and
/// never used, rules with no anchor (tried at every offset), rules that can
/// never win (same phase, same pattern, lower priority), and entries listed
/// twice in one word-list file.
public struct RuleLinter {
    public init() {}

    public func lint(_ rules: RuleSet) -> [String] {
        var out: [String] = []
        for u in rules.unusedNames {
            out.append("\(u.location.file):\(u.location.line): unused \(u.name)")
        }
        for rule in rules.rules where rule.anchor == .everywhere {
            out.append("\(rule.location.file):\(rule.location.line): rule `\(rule.id)` has no anchor and is tried at every offset (slow): start it, or its `after:`, with a lexicon word or an annotation")
        }
        for phase in rules.phases {
            for (i, a) in phase.rules.enumerated() {
                for b in phase.rules[(i + 1)...] where a.id != b.id && a.declaration.pattern == b.declaration.pattern && a.emit == b.emit
                    && a.declaration.before == nil && a.declaration.after == nil
                {
                    let (loser, winner) = a.priority >= b.priority ? (b, a) : (a, b)
                    out.append("\(loser.location.file):\(loser.location.line): rule `\(loser.id)` is shadowed by `\(winner.id)` (same pattern, no context)")
                }
            }
        }
        for (cls, entries) in rules.lexiconEntries.enumerated() {
            var seen: [String: SourceLocation] = [:]
            for e in entries {
                // Lists combined on purpose may overlap; a word twice in one file is a slip.
                if let first = seen[e.text], first.file == e.location.file {
                    out.append("\(e.location.file):\(e.location.line): duplicate entry `\(e.text)` in @\(rules.lexiconNames[cls]) (first at \(first.file):\(first.line))")
                } else {
                    seen[e.text] = e.location
                }
            }
        }
        return out
    }
}
