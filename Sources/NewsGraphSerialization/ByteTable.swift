/// A set of byte values as a 256-entry table, for the scans escapers run over every byte
/// they write: a pointer walk with one table read a byte. Comparing each byte with every
/// special value through a bounds-checked index cost about twice as many instructions.
public struct ByteTable: @unchecked Sendable {  // immutable once built
    /// Never freed: tables are static and live as long as the program.
    @usableFromInline let marks: UnsafeMutablePointer<Bool>

    public init(_ contains: (UInt8) -> Bool) {
        marks = .allocate(capacity: 256)
        for b in 0...255 { marks[b] = contains(UInt8(b)) }
    }

    @inlinable @inline(__always)
    public func contains(_ b: UInt8) -> Bool { marks[Int(b)] }

    /// The offset of the first byte of `bytes` at or after `start` that is in the set, or `bytes.count`.
    @inlinable @inline(__always)
    public func firstMember(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let end = base + bytes.count
        var p = base + start
        while p < end, !marks[Int(p.pointee)] { p += 1 }
        return p - base
    }
}
