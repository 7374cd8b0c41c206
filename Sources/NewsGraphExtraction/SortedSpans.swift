import NewsGraphCore

/// Spans sorted by start, with the furthest end reached up to each: whether a span overlaps
/// any of them is one binary search, not a pass over all those starting before its end.
struct SortedSpans {
    private let spans: [TextSpan]
    /// `reach[i]`: the largest end of `spans[...i]`.
    private let reach: [Int]

    init(_ spans: [TextSpan]) {
        self.spans = spans.sorted()
        var furthest = Int.min
        reach = self.spans.map { span in
            furthest = max(furthest, span.end)
            return furthest
        }
    }

    func overlapsAny(_ span: TextSpan) -> Bool {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if spans[mid].start < span.end { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && reach[lo - 1] > span.start
    }
}
