/// How the candidates of one phase are chosen when they overlap.
public enum OverlapPolicy: Sendable {
    /// Higher priority first, then the longer match, then the earlier start,
    /// then rule order; a candidate overlapping a chosen one is dropped.
    case priorityThenLongest

    func order(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.priority != b.priority { return a.priority > b.priority }
        if a.length != b.length { return a.length > b.length }
        if a.start != b.start { return a.start < b.start }
        return a.ruleIndex < b.ruleIndex
    }
}

/// A match of one rule, before the overlap policy.
struct Candidate: Equatable {
    var start: Int
    var end: Int
    var ruleIndex: Int
    var priority: Int
    var length: Int { end - start }
}
