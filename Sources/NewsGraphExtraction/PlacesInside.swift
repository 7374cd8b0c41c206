import NewsGraphCore

extension Array where Element == Mention {
    /// The mentions overlapping `span` when each is a shorter place inside it (`濮阳` in a name
    /// `濮阳振华`, `贵州` in a defined short form `贵州联通`), which a name read there takes over;
    /// with `orName`, a person read with exactly `span` too (a defined body's short form read as a
    /// name, `楚衡所主任`: 楚 is a surname). Nil when anything else overlaps it.
    func placesOnlyInside(_ span: TextSpan, orName: Bool = false) -> [Int]? {
        let inside = indices.filter { self[$0].span.overlaps(span) }
        let taken = inside.allSatisfy { i in
            (self[i].kind == .location && span.contains(self[i].span) && self[i].span.length < span.length)
                || (orName && self[i].kind == .person && self[i].span == span)
        }
        return taken ? inside : nil
    }
}
