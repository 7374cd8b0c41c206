/// Text as an array of Unicode scalars, so that every stage indexes it in O(1)
/// by the scalar offsets that provenance records.
public struct ScalarText: Sendable, Equatable {
    public let scalars: [Unicode.Scalar]

    public init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }
    public init(_ string: String) { self.scalars = Array(string.unicodeScalars) }

    public var count: Int { scalars.count }
    public subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    public func string(_ span: TextSpan) -> String {
        string(span.start, span.end)
    }

    public func string(_ start: Int, _ end: Int) -> String {
        // Encoding to UTF-8 once is several times faster than growing a String scalar by scalar.
        var bytes: [UInt8] = []
        bytes.reserveCapacity((end - start) * 3)
        for c in scalars[start..<end] { UTF8.encode(c) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var string: String { string(0, scalars.count) }
}
