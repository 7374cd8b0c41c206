/// Growable bytes in raw memory: what writers build output in (a `ByteSink`'s buffer,
/// GraphML's `<data>` block, an escaped id).
///
/// Writers append dozens of short runs per node, and `Array.append(contentsOf:)` cost
/// about a hundred instructions a call (the uniqueness and capacity checks, the generic
/// path): most of writing a small graph. Here an append is a bounds check and a copy.
public final class ByteBuffer {
    // Unchecked exclusivity: appends are inlined into the writers of other modules, where
    // the compiler cannot prove accesses never overlap, and a dynamic check per append
    // would cost what the array did. Nothing here hands out an access across a call.
    @exclusivity(unchecked) @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) @usableFromInline var capacity: Int
    @exclusivity(unchecked) @usableFromInline var used = 0

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inlinable public var count: Int { used }
    @inlinable public var isEmpty: Bool { used == 0 }

    /// The bytes written so far; valid until the next append.
    @inlinable public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: used) }

    @inlinable @inline(__always)
    public func append(byte: UInt8) {
        if used == capacity { grow(toHold: 1) }
        base[used] = byte
        used += 1
    }

    @inlinable @inline(__always)
    public func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let n = bytes.count
        if capacity - used < n { grow(toHold: n) }
        if n <= 32 {
            ByteBuffer.copyShort(UnsafeRawPointer(source), to: UnsafeMutableRawPointer(base + used), count: n)
        } else {
            (base + used).update(from: source, count: n)
        }
        used += n
    }

    /// Copies at most 32 bytes with a few word loads and stores (overlapping in the middle)
    /// instead of a call to `memcpy`: most appends are tags, keys and short values, and the
    /// call cost more than the copy. All loads come before the stores.
    @inlinable @inline(__always)
    static func copyShort(_ from: UnsafeRawPointer, to: UnsafeMutableRawPointer, count n: Int) {
        if n >= 16 {
            let a = from.loadUnaligned(as: UInt64.self), b = from.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            let c = from.loadUnaligned(fromByteOffset: n - 16, as: UInt64.self)
            let d = from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            to.storeBytes(of: a, as: UInt64.self)
            to.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
            to.storeBytes(of: c, toByteOffset: n - 16, as: UInt64.self)
            to.storeBytes(of: d, toByteOffset: n - 8, as: UInt64.self)
        } else if n >= 8 {
            let a = from.loadUnaligned(as: UInt64.self), b = from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            to.storeBytes(of: a, as: UInt64.self)
            to.storeBytes(of: b, toByteOffset: n - 8, as: UInt64.self)
        } else if n >= 4 {
            let a = from.loadUnaligned(as: UInt32.self), b = from.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
            to.storeBytes(of: a, as: UInt32.self)
            to.storeBytes(of: b, toByteOffset: n - 4, as: UInt32.self)
        } else if n > 0 {
            let a = from.load(as: UInt8.self), b = from.load(fromByteOffset: n / 2, as: UInt8.self)
            let c = from.load(fromByteOffset: n - 1, as: UInt8.self)
            to.storeBytes(of: a, as: UInt8.self)
            to.storeBytes(of: b, toByteOffset: n / 2, as: UInt8.self)
            to.storeBytes(of: c, toByteOffset: n - 1, as: UInt8.self)
        }
    }

    @inlinable @inline(__always)
    public func append(contentsOf array: [UInt8]) {
        array.withUnsafeBufferPointer { append(bytes: $0) }
    }

    /// Appends a copy of bytes `range` of what the buffer holds (a value written twice over).
    @inlinable
    public func appendCopy(of range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= used)
        let n = range.count
        if capacity - used < n { grow(toHold: n) }
        (base + used).update(from: base + range.lowerBound, count: n)
        used += n
    }

    /// Appends `n` in decimal straight into the buffer.
    @inlinable @inline(__always)
    public func append(decimal n: Int) {
        if capacity - used < 21 { grow(toHold: 21) }
        used += JSONText.writeDecimal(n, to: base + used)
    }

    /// Forgets the bytes from `count` on (a writer taking back what it just appended).
    @inlinable
    public func truncate(to count: Int) {
        precondition(count >= 0 && count <= used)
        used = count
    }

    @inlinable
    public func removeAll() { used = 0 }

    /// Room for `n` more bytes: doubles, so appends stay amortized constant.
    @usableFromInline @inline(never)
    func grow(toHold n: Int) {
        let needed = used + n
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.update(from: base, count: used)
        base.deallocate()
        base = bigger
        capacity = size
    }
}
