/// The Aho–Corasick automaton (Aho & Corasick, "Efficient string matching",
/// CACM 1975): a trie of the keywords plus failure links, so that one left-to-right
/// pass over the text reports every occurrence of every keyword in O(n + matches).
///
/// Scalars are first mapped to a dense alphabet of the scalars the keywords use
/// (any other scalar sends the automaton to the root), transitions are stored
/// per state as sorted arrays (binary search), and the root has a dense table.
/// Chinese needs no word boundary: every occurrence is reported.
public struct AhoCorasick: Sendable {
    /// One occurrence: the keyword's id and its scalar span in the text.
    public struct Match: Hashable, Sendable {
        public var id: Int32
        public var start: Int32
        public var end: Int32
    }

    private var symbolOf: [UInt32: UInt16] = [:]  // scalars outside the BMP
    private var bmpSymbol: [UInt16]  // BMP scalar → symbol (0 = not in any keyword)
    private var rootNext: [Int32]  // symbol → state
    private var edgeStart: [Int32]  // state → first index into edgeSymbols/edgeTarget
    private var edgeSymbols: [UInt16]
    private var edgeTarget: [Int32]
    private var fail: [Int32]
    /// The keyword ending exactly at a state (-1: none), and the nearest state
    /// down the failure chain that has one (-1: none): the dictionary-suffix link.
    private var terminal: [Int32]
    private var outputLink: [Int32]
    /// Keywords sharing one text: the next keyword id with the same text (-1: none).
    private var sameText: [Int32]
    private var keywordLength: [Int32]

    public var keywordCount: Int { keywordLength.count }

    /// Builds the automaton; `keywords[i]` gets id `i`. Empty keywords are never reported.
    ///
    /// The trie is built from the keywords in sorted order, so every state's
    /// children arrive in increasing symbol order and go straight into flat
    /// arrays: no per-state dictionaries, which keeps a 40,000-entry lexicon
    /// well under the rule compiler's time budget.
    public init(keywords: [[Unicode.Scalar]]) {
        var symbols: [UInt32: UInt16] = [:]
        bmpSymbol = [UInt16](repeating: 0, count: 0x10000)
        for k in keywords {
            for c in k where symbols[c.value] == nil {
                symbols[c.value] = UInt16(truncatingIfNeeded: symbols.count + 1)
            }
        }
        precondition(symbols.count < Int(UInt16.max), "too many distinct scalars in keywords")
        for (v, s) in symbols {
            if v < 0x10000 { bmpSymbol[Int(v)] = s } else { symbolOf[v] = s }
        }
        keywordLength = keywords.map { Int32($0.count) }
        let encoded = keywords.map { $0.map { symbols[$0.value]! } }
        let order = encoded.indices.filter { !encoded[$0].isEmpty }.sorted {
            encoded[$0].lexicographicallyPrecedes(encoded[$1]) || (encoded[$0] == encoded[$1] && $0 < $1)
        }

        // 1. The trie: walk the sorted keywords, reusing the previous keyword's path.
        var parentOf: [Int32] = [-1]
        var symbolIn: [UInt16] = [0]
        var terminalOf: [Int32] = [-1]
        var same = [Int32](repeating: -1, count: keywords.count)
        var path: [Int32] = [0]  // states along the previous keyword
        var previous: [UInt16] = []
        for id in order {
            let k = encoded[id]
            var shared = 0
            while shared < min(k.count, previous.count), k[shared] == previous[shared] { shared += 1 }
            path.removeLast(path.count - 1 - shared)
            for sym in k[shared...] {
                let state = Int32(parentOf.count)
                parentOf.append(path.last!)
                symbolIn.append(sym)
                terminalOf.append(-1)
                path.append(state)
            }
            let end = Int(path.last!)
            if terminalOf[end] >= 0 {
                // The same text in two keywords: chain them.
                var t = Int(terminalOf[end])
                while same[t] >= 0 { t = Int(same[t]) }
                same[t] = Int32(id)
            } else {
                terminalOf[end] = Int32(id)
            }
            previous = k
        }
        let stateCount = parentOf.count

        // 2. Children as flat arrays: states were created in sorted order, so a
        // stable sort by parent keeps each state's children sorted by symbol.
        var count = [Int32](repeating: 0, count: stateCount + 1)
        for s in 1..<stateCount { count[Int(parentOf[s]) + 1] += 1 }
        for i in 0..<stateCount { count[i + 1] += count[i] }
        edgeStart = count
        edgeSymbols = [UInt16](repeating: 0, count: stateCount - 1)
        edgeTarget = [Int32](repeating: 0, count: stateCount - 1)
        var fill = count
        for s in 1..<stateCount {
            let p = Int(parentOf[s])
            let at = Int(fill[p])
            edgeSymbols[at] = symbolIn[s]
            edgeTarget[at] = Int32(s)
            fill[p] += 1
        }
        rootNext = [Int32](repeating: 0, count: symbols.count + 1)
        for k in Int(edgeStart[0])..<Int(edgeStart[1]) { rootNext[Int(edgeSymbols[k])] = edgeTarget[k] }

        // 3. Failure and output links, breadth first.
        fail = [Int32](repeating: 0, count: stateCount)
        outputLink = [Int32](repeating: -1, count: stateCount)
        terminal = terminalOf
        sameText = same
        var queue: [Int32] = Array(edgeTarget[Int(edgeStart[0])..<Int(edgeStart[1])])
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for k in Int(edgeStart[Int(state)])..<Int(edgeStart[Int(state) + 1]) {
                let child = edgeTarget[k]
                queue.append(child)
                let f = state == 0 ? 0 : step(fail[Int(state)], edgeSymbols[k])
                fail[Int(child)] = f == child ? 0 : f
                let target = fail[Int(child)]
                outputLink[Int(child)] = terminal[Int(target)] >= 0 ? target : outputLink[Int(target)]
            }
        }
    }

    @inline(__always)
    private func symbol(_ c: Unicode.Scalar) -> UInt16 {
        c.value < 0x10000 ? bmpSymbol[Int(c.value)] : (symbolOf[c.value] ?? 0)
    }

    @inline(__always)
    private func step(_ state: Int32, _ sym: UInt16) -> Int32 {
        var s = state
        while true {
            if s == 0 { return rootNext[Int(sym)] }
            var lo = Int(edgeStart[Int(s)]), hi = Int(edgeStart[Int(s) + 1])
            while lo < hi {
                let mid = (lo + hi) >> 1
                let m = edgeSymbols[mid]
                if m == sym { return edgeTarget[mid] }
                if m < sym { lo = mid + 1 } else { hi = mid }
            }
            s = fail[Int(s)]
        }
    }

    /// Calls `report` for every occurrence, in order of end offset.
    public func scan(_ text: [Unicode.Scalar], _ report: (Match) -> Void) {
        var state: Int32 = 0
        for (i, c) in text.enumerated() {
            let sym = symbol(c)
            state = sym == 0 ? 0 : step(state, sym)
            var s = terminal[Int(state)] >= 0 ? state : outputLink[Int(state)]
            let end = Int32(i + 1)
            while s > 0 {
                var id = terminal[Int(s)]
                while id >= 0 {
                    report(Match(id: id, start: end - keywordLength[Int(id)], end: end))
                    id = sameText[Int(id)]
                }
                s = outputLink[Int(s)]
            }
        }
    }

    /// Every occurrence, in order of end offset.
    public func matches(in text: [Unicode.Scalar]) -> [Match] {
        var result: [Match] = []
        scan(text) { result.append($0) }
        return result
    }
}
