/// An `AhoCorasick` automaton that reports tags (lexicon classes) rather than keyword ids, as
/// the spans a `MatchInput` takes.
///
/// Every state lists the (length, tag) of every keyword ending there, its own and those down
/// its output links, side by side: a scan reads the state record it steps to anyway and, where
/// something ends, one run of that list. Walking the report chain instead read the chain's
/// links, each keyword's length and its tag list, each a cache miss in a 45,000-entry lexicon.
public struct TaggedScanner: Sendable {
    struct Item {
        var length: Int32
        var tag: Int32
    }

    let automaton: AhoCorasick
    /// The automaton's states with `firstReport` replaced by where the state's items start in
    /// `items` (they end where the next state's start).
    let states: [AhoCorasick.State]
    let items: [Item]

    /// `tags[id]`: the tags keyword `id` is reported with, in order (none: never reported).
    public init(_ automaton: AhoCorasick, tags: [[Int32]]) {
        self.automaton = automaton
        var states = automaton.states
        var items: [Item] = []
        for s in states.indices {
            let first = states[s].firstReport
            states[s].firstReport = Int32(items.count)
            // The order `AhoCorasick.scan` reports in: longest keyword first, keywords sharing a
            // text by id, each keyword's tags in order.
            var r = first
            while r > 0 {
                var id = automaton.reports[Int(r)].terminal
                while id >= 0 {
                    for tag in tags[Int(id)] { items.append(Item(length: automaton.keywordLength[Int(id)], tag: tag)) }
                    id = automaton.sameText[Int(id)]
                }
                r = automaton.reports[Int(r)].outputLink
            }
        }
        states.append(AhoCorasick.State(edgeStart: 0, edgeEnd: 0, fail: 0, firstReport: Int32(items.count)))
        self.states = states
        self.items = items
    }

    /// Every tagged occurrence in `text`, in order of end offset.
    public func spans(in text: [Unicode.Scalar]) -> [MatchInput.Span] {
        var spans: [MatchInput.Span] = []
        // Room for a few hits a scalar, so that the array is not regrown and copied as they come.
        spans.reserveCapacity(text.count * 2)
        states.withUnsafeBufferPointer { st in
            automaton.edges.withUnsafeBufferPointer { ed in
                automaton.rootNext.withUnsafeBufferPointer { root in
                    items.withUnsafeBufferPointer { items in
                        var state: Int32 = 0
                        for (i, c) in text.enumerated() {
                            let sym = automaton.symbol(c)
                            state = sym == 0 ? 0 : AhoCorasick.step(state, sym, st, ed, root)
                            let from = Int(st[Int(state)].firstReport), to = Int(st[Int(state) + 1].firstReport)
                            guard from < to else { continue }
                            let end = Int32(i + 1)
                            for k in from..<to {
                                spans.append(MatchInput.Span(start: end - items[k].length, end: end, tag: items[k].tag))
                            }
                        }
                    }
                }
            }
        }
        return spans
    }
}
