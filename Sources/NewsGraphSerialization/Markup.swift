/// Bytes a writer renders once and keeps for the program's life (never freed, like a
/// `ByteTable`): the fixed tags and type lists every node or edge repeats. Taking an
/// `[UInt8]` out of a list of them retained and released it, and building one allocated.
public struct Markup: @unchecked Sendable {  // immutable once built
    public let bytes: UnsafeBufferPointer<UInt8>

    public init(_ array: [UInt8]) {
        let kept = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: array.count)
        _ = kept.initialize(from: array)
        bytes = UnsafeBufferPointer(kept)
    }
}

extension ByteBuffer {
    @inlinable @inline(__always)
    public func append(_ markup: Markup) { append(bytes: markup.bytes) }
}
