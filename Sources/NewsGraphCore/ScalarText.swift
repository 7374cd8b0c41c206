/// Text as an array of Unicode scalars, so that every stage indexes it in O(1)
/// by the scalar offsets that provenance records.
public struct ScalarText: Sendable, Equatable {
    public let scalars: [Unicode.Scalar]

    public init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }
    public init(_ string: String) { self.scalars = Array(string.unicodeScalars) }

    // Inlinable: other modules read the text scalar by scalar in their inner loops.
    @inlinable public var count: Int { scalars.count }
    @inlinable public subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    public func string(_ span: TextSpan) -> String {
        string(span.start, span.end)
    }

    public func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return scalars.withUnsafeBufferPointer { String(scalars: UnsafeBufferPointer<Unicode.Scalar>(rebasing: $0[start..<end])) }
    }

    public var string: String { string(0, scalars.count) }

    /// The text of `span`, which is `known` when that is what it holds: the same text is then
    /// shared instead of made again (a new string is allocated and checked as UTF-8).
    public func string(_ span: TextSpan, orKnown known: String) -> String {
        let same = span.start >= 0 && span.end <= scalars.count
            && known.unicodeScalars.elementsEqual(scalars[span.start..<span.end])
        return same ? known : string(span)
    }
}
