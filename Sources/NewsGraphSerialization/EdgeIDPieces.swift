import NewsGraphCore

/// The pieces of edge ids that only the kind decides (`Edge.IDPiece`), escaped as one format
/// escapes ids, rendered once: a writer copies them into every edge id it writes.
public struct EdgeIDPieces: Sendable {
    @usableFromInline let kinds: [Markup]
    @usableFromInline let arrow: Markup
    @usableFromInline let qualifierMark: Markup

    /// `escape` appends a piece's text as the format escapes an id's.
    public init(_ escape: (String, inout [UInt8]) -> Void) {
        func render(_ piece: Edge.IDPiece) -> Markup {
            var out: [UInt8] = []
            escape(piece.text, &out)
            return Markup(out)
        }
        kinds = EdgeKind.allCases.map { render(.kind($0)) }  // in `ordinal` order
        arrow = render(.arrow)
        qualifierMark = render(.qualifierMark)
    }

    @inlinable
    public subscript(piece: Edge.IDPiece) -> UnsafeBufferPointer<UInt8> {
        switch piece {
        case .kind(let kind): kinds[kind.ordinal].bytes
        case .arrow: arrow.bytes
        case .qualifierMark: qualifierMark.bytes
        }
    }
}
