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
    private var outputStart: [Int32]  // state → first index into outputs (own + inherited)
    private var outputs: [Int32]  // keyword ids
    private var keywordLength: [Int32]

    public var keywordCount: Int { keywordLength.count }

    /// Builds the automaton; `keywords[i]` gets id `i`. Empty keywords are never reported.
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

        // 1. The trie, with children in dictionaries while building.
        var children: [[UInt16: Int32]] = [[:]]
        var terminal: [[Int32]] = [[]]
        for (id, k) in keywords.enumerated() where !k.isEmpty {
            var state: Int32 = 0
            for c in k {
                let sym = symbols[c.value]!
                if let next = children[Int(state)][sym] {
                    state = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    terminal.append([])
                    children[Int(state)][sym] = next
                    state = next
                }
            }
            terminal[Int(state)].append(Int32(id))
        }
        let stateCount = children.count

        // 2. Failure links and inherited outputs, breadth first.
        var failLinks = [Int32](repeating: 0, count: stateCount)
        var out = terminal
        var queue: [Int32] = []
        for (_, s) in children[0].sorted(by: { $0.key < $1.key }) { queue.append(s) }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (sym, child) in children[Int(state)].sorted(by: { $0.key < $1.key }) {
                queue.append(child)
                var f = failLinks[Int(state)]
                while true {
                    if let n = children[Int(f)][sym], n != child {
                        failLinks[Int(child)] = n
                        break
                    }
                    if f == 0 {
                        failLinks[Int(child)] = 0
                        break
                    }
                    f = failLinks[Int(f)]
                }
                out[Int(child)] += out[Int(failLinks[Int(child)])]
            }
        }

        // 3. Flatten into arrays.
        let alphabet = symbols.count + 1
        rootNext = [Int32](repeating: 0, count: alphabet)
        for (sym, s) in children[0] { rootNext[Int(sym)] = s }
        edgeStart = []
        edgeSymbols = []
        edgeTarget = []
        edgeStart.reserveCapacity(stateCount + 1)
        for state in 0..<stateCount {
            edgeStart.append(Int32(edgeSymbols.count))
            for (sym, s) in children[state].sorted(by: { $0.key < $1.key }) {
                edgeSymbols.append(sym)
                edgeTarget.append(s)
            }
        }
        edgeStart.append(Int32(edgeSymbols.count))
        fail = failLinks
        outputStart = []
        outputs = []
        for state in 0..<stateCount {
            outputStart.append(Int32(outputs.count))
            outputs += out[state].sorted()
        }
        outputStart.append(Int32(outputs.count))
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

    /// Calls `report` for every occurrence, in order of end offset (then keyword id).
    public func scan(_ text: [Unicode.Scalar], _ report: (Match) -> Void) {
        var state: Int32 = 0
        for (i, c) in text.enumerated() {
            let sym = symbol(c)
            state = sym == 0 ? 0 : step(state, sym)
            let lo = Int(outputStart[Int(state)]), hi = Int(outputStart[Int(state) + 1])
            if lo == hi { continue }
            for k in lo..<hi {
                let id = outputs[k]
                let end = Int32(i + 1)
                report(Match(id: id, start: end - keywordLength[Int(id)], end: end))
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
