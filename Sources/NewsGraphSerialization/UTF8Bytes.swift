extension String {
    /// Calls `body` with the string's UTF-8 bytes. `withUTF8` is mutating, so the escapers
    /// copied every string they were given (a retain and a release each); a native string,
    /// as every one here is, is contiguous already and is read in place.
    @inlinable @inline(__always)
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let r = try utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = self
        return try copy.withUTF8(body)
    }
}
