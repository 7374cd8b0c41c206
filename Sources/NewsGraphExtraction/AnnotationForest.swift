import NewsGraphMatching

/// The annotations of the phases run so far, as plain integers: each phase's
/// matches consume the annotations inside them, and only the last phase's
/// survivors become `Annotation` values. (Merging `Annotation`s phase after
/// phase copied each one's strings and children a dozen times per text.)
struct AnnotationForest {
    struct Node {
        var start: Int32
        var end: Int32
        var kind: Int32
        var ruleIndex: Int32
        /// Children (the annotations it consumed) as a list: first child, next sibling; -1 ends it.
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
    }

    private(set) var nodes: [Node] = []
    /// The nodes no later match consumed, sorted by span, then kind name.
    private(set) var roots: [Int32] = []
    /// Each kind's rank among the kind names (`ranks(of:)`), for the tie between two kinds on one span.
    let kindRank: [Int32]

    init(kindRank: [Int32]) {
        self.kindRank = kindRank
    }

    static func ranks(of kindNames: [String]) -> [Int32] {
        var rank = [Int32](repeating: 0, count: kindNames.count)
        for (r, k) in kindNames.indices.sorted(by: { kindNames[$0] < kindNames[$1] }).enumerated() { rank[k] = Int32(r) }
        return rank
    }

    /// Adds a phase's matches (sorted by start, not overlapping); each consumes the roots inside it.
    mutating func add(_ matches: [(start: Int32, end: Int32, kind: Int32, ruleIndex: Int32)]) {
        var consumed = [Bool](repeating: false, count: roots.count)
        var added: [Int32] = []
        added.reserveCapacity(matches.count)
        for m in matches {
            let id = Int32(nodes.count)
            nodes.append(Node(start: m.start, end: m.end, kind: m.kind, ruleIndex: m.ruleIndex))
            added.append(id)
            // Roots are sorted by start: look only at those starting inside the match.
            var lo = 0, hi = roots.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if nodes[Int(roots[mid])].start < m.start { lo = mid + 1 } else { hi = mid }
            }
            while lo < roots.count, nodes[Int(roots[lo])].start < m.end {
                let r = roots[lo]
                if !consumed[lo], nodes[Int(r)].end <= m.end {
                    consumed[lo] = true
                    adopt(r, by: id)
                }
                lo += 1
            }
        }
        // Both lists are in order (a phase's matches do not overlap): merge them.
        var merged: [Int32] = []
        merged.reserveCapacity(roots.count + added.count)
        var i = 0
        for (k, r) in roots.enumerated() where !consumed[k] {
            while i < added.count, precedes(added[i], r) {
                merged.append(added[i])
                i += 1
            }
            merged.append(r)
        }
        merged += added[i...]
        roots = merged
    }

    private mutating func adopt(_ child: Int32, by parent: Int32) {
        let last = nodes[Int(parent)].lastChild
        if last < 0 { nodes[Int(parent)].firstChild = child } else { nodes[Int(last)].nextSibling = child }
        nodes[Int(parent)].lastChild = child
    }

    private func precedes(_ a: Int32, _ b: Int32) -> Bool {
        let x = nodes[Int(a)], y = nodes[Int(b)]
        if x.start != y.start { return x.start < y.start }
        if x.end != y.end { return x.end < y.end }
        return kindRank[Int(x.kind)] < kindRank[Int(y.kind)]
    }

    /// The roots as the matcher's annotation spans.
    var rootSpans: [MatchInput.Span] {
        roots.map { MatchInput.Span(start: nodes[Int($0)].start, end: nodes[Int($0)].end, tag: nodes[Int($0)].kind) }
    }

    /// The roots as `Annotation` trees.
    func annotations(kinds: [String], ruleIDs: [String]) -> [Annotation] {
        func annotation(_ id: Int32) -> Annotation {
            let n = nodes[Int(id)]
            var children: [Annotation] = []
            var c = n.firstChild
            while c >= 0 {
                children.append(annotation(c))
                c = nodes[Int(c)].nextSibling
            }
            return Annotation(kind: kinds[Int(n.kind)], span: .init(Int(n.start), Int(n.end)), rule: ruleIDs[Int(n.ruleIndex)], children: children)
        }
        return roots.map(annotation)
    }
}
