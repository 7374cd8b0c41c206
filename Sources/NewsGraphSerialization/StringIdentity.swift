extension String {
    /// Whether `other` is this very string: the same storage, or the same short string held in
    /// place. Then it has the same bytes, without reading them: a writer that escaped one can
    /// copy what it wrote (an article's headline is its name and a property).
    @inlinable @inline(__always)
    public func isSameString(as other: String) -> Bool {
        unsafeBitCast(self, to: (UInt64, UInt64).self) == unsafeBitCast(other, to: (UInt64, UInt64).self)
    }
}
