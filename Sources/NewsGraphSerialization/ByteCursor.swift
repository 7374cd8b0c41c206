/// Where the next byte goes in room a `ByteBuffer` made beforehand (`ByteBuffer.append(atMost:_:)`):
/// a run of short pieces whose total is bounded is written with one capacity check for all of
/// them. A provenance entry is a score of keys, tags and values, and a check and a count update
/// for each piece were most of writing one.
public struct ByteCursor {
    @usableFromInline var p: UnsafeMutablePointer<UInt8>
    @usableFromInline let start: UnsafeMutablePointer<UInt8>

    @inlinable
    init(_ p: UnsafeMutablePointer<UInt8>) {
        self.p = p
        start = p
    }

    /// How many bytes were written through this cursor.
    @inlinable public var written: Int { p - start }

    @inlinable @inline(__always)
    public mutating func put(byte: UInt8) {
        p.pointee = byte
        p += 1
    }

    @inlinable @inline(__always)
    public mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let n = bytes.count
        if n <= 32 {
            ByteBuffer.copyShort(UnsafeRawPointer(source), to: UnsafeMutableRawPointer(p), count: n)
        } else {
            p.update(from: source, count: n)
        }
        p += n
    }

    @inlinable @inline(__always)
    public mutating func put(_ markup: Markup) { put(markup.bytes) }

    @inlinable @inline(__always)
    public mutating func put(literal s: StaticString) {
        s.withUTF8Buffer { put($0) }
    }

    /// `n` in decimal (at most 21 bytes).
    @inlinable @inline(__always)
    public mutating func put(decimal n: Int) {
        p += JSONText.writeDecimal(n, to: p)
    }
}

extension ByteBuffer {
    /// Appends what `write` puts through the cursor it is given, at most `n` bytes.
    @inlinable @inline(__always)
    public func append(atMost n: Int, _ write: (inout ByteCursor) -> Void) {
        if capacity - used < n { grow(toHold: n) }
        var cursor = ByteCursor(base + used)
        write(&cursor)
        used += cursor.written
    }
}
