/// Maps scalar offsets of a derived text back to offsets of the text it came from.
///
/// Stored as anchors where the offset delta changes (a deletion, a composed
/// character), so it stays small for long texts: most documents need a handful.
public struct OffsetMap: Sendable, Equatable {
    /// `(derived, source)` pairs, sorted by `derived`; between anchors the map is the identity plus a delta.
    public private(set) var anchors: [(derived: Int, source: Int)]
    /// The length of the source text, the image of the derived text's end.
    public private(set) var sourceLength: Int
    public private(set) var derivedLength: Int

    public static func == (a: OffsetMap, b: OffsetMap) -> Bool {
        a.sourceLength == b.sourceLength && a.derivedLength == b.derivedLength
            && a.anchors.elementsEqual(b.anchors) { $0.derived == $1.derived && $0.source == $1.source }
    }

    /// The identity map on a text of `length` scalars.
    public static func identity(length: Int) -> OffsetMap {
        OffsetMap(anchors: [(0, 0)], sourceLength: length, derivedLength: length)
    }

    init(anchors: [(derived: Int, source: Int)], sourceLength: Int, derivedLength: Int) {
        self.anchors = anchors
        self.sourceLength = sourceLength
        self.derivedLength = derivedLength
    }

    /// The source offset of derived offset `d` (an end offset maps like a start).
    public func source(_ d: Int) -> Int {
        if d >= derivedLength { return sourceLength }
        var lo = 0, hi = anchors.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if anchors[mid].derived <= d { lo = mid } else { hi = mid - 1 }
        }
        return anchors[lo].source + (d - anchors[lo].derived)
    }

    /// The source span of a derived span; an end maps to one past the source of its last scalar.
    public func source(_ span: TextSpan) -> TextSpan {
        let s = source(span.start)
        let e = span.isEmpty ? s : source(span.end - 1) + 1
        return TextSpan(s, max(s, e))
    }

    /// `self` after `inner`: derived offsets of `self` mapped through `inner`'s source.
    /// `self` maps C → B and `inner` maps B → A; the result maps C → A.
    public func composed(with inner: OffsetMap) -> OffsetMap {
        // Most pages need no line repair: the identity after `inner` is `inner`.
        if anchors.count == 1, anchors[0] == (0, 0), sourceLength == derivedLength, derivedLength == inner.derivedLength {
            return inner
        }
        var b = Builder(capacity: anchors.count + inner.anchors.count)
        // Walk each constant-delta run of `self` and split it where `inner` changes delta.
        for (i, a) in anchors.enumerated() {
            let runEnd = i + 1 < anchors.count ? anchors[i + 1].derived : derivedLength
            var d = a.derived
            while d < runEnd {
                let mid = a.source + (d - a.derived)
                b.append(derived: d, source: inner.source(mid))
                // Next place where `inner` may change: its next anchor after `mid`.
                let next = inner.nextAnchor(after: mid).map { a.derived + ($0 - a.source) } ?? runEnd
                d = max(d + 1, min(runEnd, next))
            }
        }
        return b.finish(derivedLength: derivedLength, sourceLength: inner.sourceLength)
    }

    func nextAnchor(after s: Int) -> Int? {
        var lo = 0, hi = anchors.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if anchors[mid].derived <= s { lo = mid + 1 } else { hi = mid }
        }
        return lo < anchors.count ? anchors[lo].derived : nil
    }

    /// Records, scalar by scalar, where each derived scalar came from.
    public struct Builder: Sendable {
        var anchors: [(derived: Int, source: Int)] = []
        var lastDerived = -1
        var lastSource = -1

        public init() {}

        /// A builder with room for `capacity` anchors (a list grown from empty was reallocated
        /// several times a page).
        public init(capacity: Int) { anchors.reserveCapacity(capacity) }

        /// Declares that derived scalar `derived` comes from source scalar `source`.
        public mutating func append(derived: Int, source: Int) {
            if anchors.isEmpty || source - lastSource != derived - lastDerived {
                anchors.append((derived, source))
            }
            lastDerived = derived
            lastSource = source
        }

        public func finish(derivedLength: Int, sourceLength: Int) -> OffsetMap {
            OffsetMap(
                anchors: anchors.isEmpty ? [(0, 0)] : anchors, sourceLength: sourceLength,
                derivedLength: derivedLength)
        }
    }
}
