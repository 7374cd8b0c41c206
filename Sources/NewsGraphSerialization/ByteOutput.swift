import NewsGraphCore

/// Where the escapers append: a writer's `ByteBuffer`, or an array (small documents
/// built in memory, tests). The escapers are generic and inlinable, so each writer
/// gets them specialized for its buffer.
public protocol ByteOutput {
    mutating func append(byte: UInt8)
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
    mutating func append(decimal n: Int)
}

extension ByteOutput {
    /// Appends a literal's bytes in one copy; `append(contentsOf: "…".utf8)` takes the
    /// generic sequence path, which was a quarter of writing a provenance list.
    @inlinable @inline(__always)
    public mutating func append(literal s: StaticString) {
        s.withUTF8Buffer { append(bytes: $0) }
    }

    /// Appends a string's UTF-8 as it is: text that needs no escaping (numbers, fixed markup).
    @inlinable @inline(__always)
    public mutating func append(utf8 s: String) {
        s.withUTF8Bytes { append(bytes: $0) }
    }
}

extension ByteBuffer: ByteOutput {}

extension Array: ByteOutput where Element == UInt8 {
    @inlinable @inline(__always)
    public mutating func append(byte: UInt8) { append(byte) }

    @inlinable @inline(__always)
    public mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }

    /// Appends `n` in decimal (no String in between: writers append many offsets).
    @inlinable
    public mutating func append(decimal n: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            let count = JSONText.writeDecimal(n, to: digits.baseAddress!)
            append(contentsOf: UnsafeBufferPointer(start: digits.baseAddress, count: count))
        }
    }
}
