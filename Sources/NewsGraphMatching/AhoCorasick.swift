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

    /// Scalar → symbol (0 = in no keyword): a dense table over the BMP for large
    /// keyword sets (more than 4,096 scalars in all), with the dictionary for the rest;
    /// small ones (a document's names) use the dictionary alone, so building one costs
    /// no 128 KB table.
    private(set) var symbolOf: [UInt32: UInt16] = [:]
    private(set) var bmpSymbol: [UInt16] = []
    /// For the dictionary: bit `v % 4096` set for each keyword scalar `v`, so that most
    /// scalars of a text (in no keyword) are turned away without hashing.
    private(set) var maybeSymbol = [UInt64](repeating: 0, count: 64)
    private(set) var rootNext: [Int32]  // symbol → state
    /// Per state, what a scan reads at it, side by side (one cache line, not five arrays).
    private(set) var states: [State]
    /// Each state's children, `symbol << 32 | target`, sorted by symbol.
    private(set) var edges: [UInt64]
    /// Keywords sharing one text: the next keyword id with the same text (-1: none).
    private(set) var sameText: [Int32]
    private(set) var keywordLength: [Int32]

    /// What a scan reads at every scalar: 16 bytes, four states to a cache line.
    struct State {
        var edgeStart: Int32
        var edgeEnd: Int32
        var fail: Int32
        /// This state if it has a keyword, else `Report.outputLink`: where reporting starts (-1: nothing to report).
        var firstReport: Int32
    }

    /// What a scan reads only where a keyword ends, apart from `State`.
    struct Report {
        /// The keyword ending exactly here (-1: none).
        var terminal: Int32
        /// The nearest state down the failure chain with a keyword (-1: none): the dictionary-suffix link.
        var outputLink: Int32
    }
    private(set) var reports: [Report] = []

    public var keywordCount: Int { keywordLength.count }

    /// Builds the automaton; `keywords[i]` gets id `i`. Empty keywords are never reported.
    ///
    /// The trie is built from the keywords in sorted order, so every state's
    /// children arrive in increasing symbol order and go straight into flat
    /// arrays: no per-state dictionaries, which keeps a 40,000-entry lexicon
    /// well under the rule compiler's time budget.
    public init(keywords: [[Unicode.Scalar]]) {
        // Symbols are numbered in order of first use. A large keyword set (a rule set's
        // lexicons) numbers them through the dense table it keeps for scanning; a small one
        // (a document's names) through the dictionary alone.
        let total = keywords.reduce(0) { $0 + $1.count }
        let dense = total > 4096
        if dense { bmpSymbol = [UInt16](repeating: 0, count: 0x10000) }
        var symbolCount = 0
        // The keywords' symbols side by side: keyword i is `encoded[start[i]..<start[i + 1]]`
        // (one array, not one per keyword: 45,000 of them in the default rules).
        var encoded: [UInt16] = []
        encoded.reserveCapacity(total)
        var start: [Int] = [0]
        start.reserveCapacity(keywords.count + 1)
        for k in keywords {
            for c in k {
                let v = c.value
                var sym = dense && v < 0x10000 ? bmpSymbol[Int(v)] : symbolOf[v] ?? 0
                if sym == 0 {
                    symbolCount += 1
                    precondition(symbolCount < Int(UInt16.max), "too many distinct scalars in keywords")
                    sym = UInt16(truncatingIfNeeded: symbolCount)
                    if dense && v < 0x10000 { bmpSymbol[Int(v)] = sym } else { symbolOf[v] = sym }
                    maybeSymbol[Int(v & 4095) >> 6] |= 1 << UInt64(v & 63)
                }
                encoded.append(sym)
            }
            start.append(encoded.count)
        }
        keywordLength = keywords.map { Int32($0.count) }
        // In order of symbols, then of id. A key of the first four symbols (zero past a short
        // keyword's end, which sorts it before its extensions) decides most comparisons.
        let prefixKey: [UInt64] = keywords.indices.map { k in
            var key: UInt64 = 0
            for i in start[k]..<(start[k] + 4) { key = key << 16 | (i < start[k + 1] ? UInt64(encoded[i]) : 0) }
            return key
        }
        let order = encoded.withUnsafeBufferPointer { e in
            keywords.indices.filter { start[$0] < start[$0 + 1] }.sorted { a, b in
                if prefixKey[a] != prefixKey[b] { return prefixKey[a] < prefixKey[b] }
                var i = start[a], j = start[b]
                let iEnd = start[a + 1], jEnd = start[b + 1]
                while i < iEnd, j < jEnd {
                    if e[i] != e[j] { return e[i] < e[j] }
                    i += 1
                    j += 1
                }
                return i == iEnd && j == jEnd ? a < b : i == iEnd
            }
        }

        // 1. The trie: walk the sorted keywords, reusing the previous keyword's path.
        var parentOf: [Int32] = [-1]
        var symbolIn: [UInt16] = [0]
        var terminalOf: [Int32] = [-1]
        var same = [Int32](repeating: -1, count: keywords.count)
        var path: [Int32] = [0]  // states along the previous keyword
        var previous = 0..<0
        for id in order {
            let k = start[id]..<start[id + 1]
            var shared = 0
            while shared < min(k.count, previous.count), encoded[k.lowerBound + shared] == encoded[previous.lowerBound + shared] { shared += 1 }
            path.removeLast(path.count - 1 - shared)
            for sym in encoded[(k.lowerBound + shared)..<k.upperBound] {
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

        // Renumber the states by depth (stable, so siblings keep their symbol order):
        // the shallow states, where a scan spends most of its steps, share cache lines.
        var depth = [Int32](repeating: 0, count: stateCount)
        for s in 1..<stateCount { depth[s] = depth[Int(parentOf[s])] + 1 }
        var atDepth = [Int32](repeating: 0, count: Int(depth.max() ?? 0) + 2)
        for d in depth { atDepth[Int(d) + 1] += 1 }
        for d in 1..<atDepth.count { atDepth[d] += atDepth[d - 1] }
        var newID = [Int32](repeating: 0, count: stateCount)
        for s in 0..<stateCount {
            newID[s] = atDepth[Int(depth[s])]
            atDepth[Int(depth[s])] += 1
        }
        var renumbered = (parent: parentOf, symbol: symbolIn, terminal: terminalOf)
        for s in 0..<stateCount {
            let n = Int(newID[s])
            renumbered.parent[n] = s == 0 ? -1 : newID[Int(parentOf[s])]
            renumbered.symbol[n] = symbolIn[s]
            renumbered.terminal[n] = terminalOf[s]
        }
        (parentOf, symbolIn, terminalOf) = renumbered

        // 2. Children as flat arrays: states were created in sorted order, so a
        // stable sort by parent keeps each state's children sorted by symbol.
        var count = [Int32](repeating: 0, count: stateCount + 1)
        for s in 1..<stateCount { count[Int(parentOf[s]) + 1] += 1 }
        for i in 0..<stateCount { count[i + 1] += count[i] }
        states = (0..<stateCount).map {
            State(edgeStart: count[$0], edgeEnd: count[$0 + 1], fail: 0, firstReport: -1)
        }
        edges = [UInt64](repeating: 0, count: stateCount - 1)
        var fill = count
        for s in 1..<stateCount {
            let p = Int(parentOf[s])
            edges[Int(fill[p])] = UInt64(symbolIn[s]) << 32 | UInt64(s)
            fill[p] += 1
        }
        rootNext = [Int32](repeating: 0, count: symbolCount + 1)
        for e in edges[Int(count[0])..<Int(count[1])] { rootNext[Int(e >> 32)] = Int32(truncatingIfNeeded: e) }
        sameText = same

        // 3. Failure and output links, breadth first.
        var outputLink = [Int32](repeating: -1, count: stateCount)
        var queue: [Int32] = edges[Int(count[0])..<Int(count[1])].map { Int32(truncatingIfNeeded: $0) }
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            for e in edges[Int(states[state].edgeStart)..<Int(states[state].edgeEnd)] {
                let child = Int(Int32(truncatingIfNeeded: e))
                queue.append(Int32(child))
                let f = state == 0 ? 0 : step(states[state].fail, UInt16(e >> 32))
                let target = f == Int32(child) ? 0 : f
                states[child].fail = target
                outputLink[child] = terminalOf[Int(target)] >= 0 ? target : outputLink[Int(target)]
            }
        }
        for i in states.indices { states[i].firstReport = terminalOf[i] >= 0 ? Int32(i) : outputLink[i] }
        reports = zip(terminalOf, outputLink).map { Report(terminal: $0, outputLink: $1) }
    }

    @inline(__always)
    func symbol(_ c: Unicode.Scalar) -> UInt16 {
        let v = c.value
        if v < UInt32(bmpSymbol.count) { return bmpSymbol[Int(v)] }
        guard maybeSymbol[Int(v & 4095) >> 6] & (1 << UInt64(v & 63)) != 0 else { return 0 }
        return symbolOf[v] ?? 0
    }

    private func step(_ state: Int32, _ sym: UInt16) -> Int32 {
        states.withUnsafeBufferPointer { st in
            edges.withUnsafeBufferPointer { ed in
                rootNext.withUnsafeBufferPointer { Self.step(state, sym, st, ed, $0) }
            }
        }
    }

    @inline(__always)
    static func step(
        _ state: Int32, _ sym: UInt16, _ states: UnsafeBufferPointer<State>, _ edges: UnsafeBufferPointer<UInt64>,
        _ rootNext: UnsafeBufferPointer<Int32>
    ) -> Int32 {
        var s = state
        let key = UInt64(sym)
        while true {
            if s == 0 { return rootNext[Int(sym)] }
            let st = states[Int(s)]
            var lo = Int(st.edgeStart), hi = Int(st.edgeEnd)
            while lo < hi {
                let mid = (lo + hi) >> 1
                let m = edges[mid] >> 32
                if m == key { return Int32(truncatingIfNeeded: edges[mid]) }
                if m < key { lo = mid + 1 } else { hi = mid }
            }
            s = st.fail
        }
    }

    /// Calls `report` for every occurrence, in order of end offset.
    public func scan(_ text: [Unicode.Scalar], _ report: (Match) -> Void) {
        states.withUnsafeBufferPointer { st in
            edges.withUnsafeBufferPointer { ed in
                rootNext.withUnsafeBufferPointer { root in
                    reports.withUnsafeBufferPointer { rep in
                        sameText.withUnsafeBufferPointer { same in
                            keywordLength.withUnsafeBufferPointer { length in
                                var state: Int32 = 0
                                for (i, c) in text.enumerated() {
                                    let sym = symbol(c)
                                    state = sym == 0 ? 0 : Self.step(state, sym, st, ed, root)
                                    var s = st[Int(state)].firstReport
                                    let end = Int32(i + 1)
                                    while s > 0 {
                                        var id = rep[Int(s)].terminal
                                        while id >= 0 {
                                            report(Match(id: id, start: end - length[Int(id)], end: end))
                                            id = same[Int(id)]
                                        }
                                        s = rep[Int(s)].outputLink
                                    }
                                }
                            }
                        }
                    }
                }
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
