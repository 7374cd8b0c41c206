/// Cuts a run of personal names written without spaces (`贺建国周文静`) into names.
///
/// Bylines often drop the spaces between names; every Chinese name starts with a
/// family name, so the run is cut where each piece starts with a surname of
/// `surnames.txt` and has a plausible length (2–3, or 3–4 with a two-character
/// surname), preferring fewer pieces and more common surnames.
struct NameSplitter: Sendable {
    let lexicon: LayoutLexicon

    /// The length of the surname starting at `i` (2 for compound, 1, or 0) and its rank.
    @inline(__always)
    func surname(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (length: Int, rank: Int)? {
        lexicon.surnames.lookup(s, at: i, end: end)
    }

    func startsWithSurname(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        surname(s, at: start, end: end) != nil
    }

    /// The names in `s[start..<end]` (ideographs only), as ranges; nil when no cut works.
    func split(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> [Range<Int>]? {
        let n = end - start
        guard n >= 2, n <= 24 else { return nil }
        if n <= 3 { return startsWithSurname(s, start, end) ? [start..<end] : nil }
        if n == 4 {
            guard let first = surname(s, at: start, end: end) else { return nil }
            if first.length == 2 { return [start..<end] }
            if surname(s, at: start + 2, end: end) != nil { return [start..<(start + 2), (start + 2)..<end] }
            return [start..<end]
        }
        // best[i]: the cheapest cut of s[start + i ..< end] as (pieces, rank sum, first piece length).
        var best = [(pieces: Int, cost: Int, length: Int)?](repeating: nil, count: n + 1)
        best[n] = (0, 0, 0)
        for i in stride(from: n - 1, through: 0, by: -1) {
            guard let sur = surname(s, at: start + i, end: end) else { continue }
            let shortest = sur.length == 2 ? 3 : 2
            for len in shortest...(shortest + 1) where i + len <= n {
                guard let rest = best[i + len] else { continue }
                let cand = (pieces: rest.pieces + 1, cost: rest.cost + sur.rank, length: len)
                if let cur = best[i], (cur.pieces, cur.cost) <= (cand.pieces, cand.cost) { continue }
                best[i] = cand
            }
        }
        guard best[0] != nil else { return nil }
        var out: [Range<Int>] = []
        var i = 0
        while i < n, let b = best[i] {
            out.append((start + i)..<(start + i + b.length))
            i += b.length
        }
        return out
    }
}
