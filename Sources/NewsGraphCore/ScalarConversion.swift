extension String {
    /// The string of `scalars`, encoded in a scratch buffer (on the stack when small).
    /// `String(String.UnicodeScalarView(scalars))` grows the string scalar by scalar
    /// through a generic append: about 300 instructions a scalar, against a few here.
    /// (Not `String(unsafeUninitializedCapacity:)`: a short string made so is not marked
    /// ASCII, and every comparison of it, a rule's kind with a name, takes the slow path.)
    public init(scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { out in
            var o = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    out[o] = UInt8(v)
                    o += 1
                } else if v < 0x800 {
                    out[o] = UInt8(0xC0 | v >> 6)
                    out[o + 1] = UInt8(0x80 | v & 0x3F)
                    o += 2
                } else if v < 0x10000 {
                    out[o] = UInt8(0xE0 | v >> 12)
                    out[o + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    out[o + 2] = UInt8(0x80 | v & 0x3F)
                    o += 3
                } else {
                    out[o] = UInt8(0xF0 | v >> 18)
                    out[o + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    out[o + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    out[o + 3] = UInt8(0x80 | v & 0x3F)
                    o += 4
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<o]), as: UTF8.self)
        }
    }

    /// The string of `scalars` (see `init(scalars:)` on a buffer).
    public init(scalars: some Collection<Unicode.Scalar>) {
        if let s = scalars.withContiguousStorageIfAvailable({ String(scalars: $0) }) {
            self = s
        } else {
            self = Array(scalars).withUnsafeBufferPointer { String(scalars: $0) }
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, in one pass. `Array(text.unicodeScalars)` first counts them
    /// through the generic `Collection.count` (some 500 instructions for a short word),
    /// then copies; this reserves a scalar per UTF-8 byte, the most there can be.
    /// (Not `init(unsafeUninitializedCapacity:)`: for a scalar array it looks up the
    /// storage's generic metadata on every call, another 900.)
    public init(scalarsOf text: String) {
        self.init()
        reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars { append(c) }
    }
}
