/// A set of byte values as a 256-entry table, for the scans escapers run over every byte
/// they write: a pointer walk with one table read a byte. Comparing each byte with every
/// special value through a bounds-checked index cost about twice as many instructions.
public struct ByteTable: @unchecked Sendable {  // immutable once built
    /// 1 for a member, 0 for the rest (bytes, not Bools, so that marks can be or-ed).
    /// Never freed: tables are static and live as long as the program.
    @usableFromInline let marks: UnsafeMutablePointer<UInt8>

    public init(_ contains: (UInt8) -> Bool) {
        self.init(marking: { contains($0) ? 1 : 0 })
    }

    /// Members marked with more than 1 where a scan wants to tell kinds of them apart (`mark`).
    public init(marking mark: (UInt8) -> UInt8) {
        marks = .allocate(capacity: 256)
        for b in 0...255 { marks[b] = mark(UInt8(b)) }
    }

    @inlinable @inline(__always)
    public func contains(_ b: UInt8) -> Bool { marks[Int(b)] != 0 }

    /// The mark of `b`: 0 when it is no member.
    @inlinable @inline(__always)
    public func mark(_ b: UInt8) -> UInt8 { marks[Int(b)] }

    /// The offset of the first byte of `bytes` at or after `start` that is in the set, or `bytes.count`.
    @inlinable @inline(__always)
    public func firstMember(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let end = base + bytes.count
        var p = base + start
        // Eight bytes a step: their marks or-ed and tested once. Most text has nothing to
        // escape, and a test and an end check per byte were most of every escaper's work.
        while end - p >= 8 {
            let any = (marks[Int(p[0])] | marks[Int(p[1])]) | (marks[Int(p[2])] | marks[Int(p[3])])
                | (marks[Int(p[4])] | marks[Int(p[5])]) | (marks[Int(p[6])] | marks[Int(p[7])])
            if any != 0 { break }
            p += 8
        }
        while p < end, marks[Int(p.pointee)] == 0 { p += 1 }
        return p - base
    }
}
