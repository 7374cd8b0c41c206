/// Cuts a run of personal names written without spaces (`贺建国周文静`) into names.
///
/// Bylines often drop the spaces between names; every Chinese name starts with a
/// family name, so the run is cut where each piece starts with a surname of
/// `surnames.txt` and has a plausible length (2–3, or 3–4 with a two-character
/// surname), preferring fewer pieces and more common surnames.
struct NameSplitter: Sendable {
    /// Only the surnames: holding the whole lexicon, the splitter (some 500 bytes) was copied onto
    /// the stack twice for every byline read.
    let surnames: SurnameTable

    init(lexicon: LayoutLexicon) { surnames = lexicon.surnames }

    /// The length of the surname starting at `i` (2 for compound, 1, or 0) and its rank.
    @inline(__always)
    func surname(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (length: Int, rank: Int)? {
        surnames.lookup(s, at: i, end: end)
    }

    func startsWithSurname(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        surname(s, at: start, end: end) != nil
    }

    /// Writes the names in `s[start..<end]` (ideographs only) to `names` (room for one a scalar)
    /// and says how many there are; nil when no cut works. (A list of one or two ranges returned
    /// was an allocation for every name read.)
    func split(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, into names: UnsafeMutableBufferPointer<Range<Int>>) -> Int? {
        let n = end - start
        guard n >= 2, n <= 24 else { return nil }
        if n <= 3 {
            guard startsWithSurname(s, start, end) else { return nil }
            names[0] = start..<end
            return 1
        }
        if n == 4 {
            guard let first = surname(s, at: start, end: end) else { return nil }
            if first.length == 1, surname(s, at: start + 2, end: end) != nil {
                names[0] = start..<(start + 2)
                names[1] = (start + 2)..<end
                return 2
            }
            names[0] = start..<end
            return 1
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
        var count = 0
        var i = 0
        while i < n, let b = best[i] {
            names[count] = (start + i)..<(start + i + b.length)
            count += 1
            i += b.length
        }
        return count
    }
}
