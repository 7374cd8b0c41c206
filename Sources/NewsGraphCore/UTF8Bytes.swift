extension String {
    /// Calls `body` with the string's UTF-8 bytes. `withUTF8` is mutating, so reading bytes
    /// through it copied the string (a retain and a release) in every escaper and id
    /// comparison; a native string, as every one here is, is contiguous and read in place.
    @inlinable @inline(__always)
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let r = try utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = self
        return try copy.withUTF8(body)
    }
}
