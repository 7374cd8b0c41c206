/// A fixed number of plain values in memory this object owns and frees.
///
/// The matcher's tables (a text's hits, annotations and per-scalar facts; a rule set's
/// character classes) are read at every step of every run. Every index read comes from the
/// tables themselves (a tag's offsets, a position inside the text), so the checks an `Array`
/// makes on each read are left to debug builds.
final class RawTable<Element: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    /// `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    /// `count` values written by `fill`, which must write every one of them.
    init(count: Int, fill: (UnsafeMutablePointer<Element>) -> Void) {
        base = .allocate(capacity: max(count, 1))
        fill(base)
        self.count = count
    }

    convenience init(_ values: [Element]) {
        self.init(count: values.count) { p in
            values.withUnsafeBufferPointer { v in
                if let from = v.baseAddress { p.initialize(from: from, count: v.count) }
            }
        }
    }

    deinit { base.deallocate() }

    @inline(__always)
    subscript(i: Int) -> Element {
        get {
            assert(i >= 0 && i < count, "RawTable index out of range")
            return base[i]
        }
        set {
            assert(i >= 0 && i < count, "RawTable index out of range")
            base[i] = newValue
        }
    }
}
