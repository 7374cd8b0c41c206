/// A lexicon entry compiled for matching: literal scalars, where `#` stands for a run of digits.
///
/// Word lists hold forms like `#月#日` or `第#版`; expressing the digit run in the
/// data keeps dates and page numbers out of the code without a regex engine.
struct ScalarPattern: Sendable, Hashable {
    enum Element: Sendable, Hashable {
        case scalar(Unicode.Scalar)
        case digits
    }

    let elements: [Element]
    /// The entry as written in the rules file.
    let text: String

    init(_ text: String) {
        self.text = text
        elements = text.unicodeScalars.map { $0 == "#" ? .digits : .scalar($0) }
    }

    var first: Element? { elements.first }

    /// The end of a match starting at `i`, not reaching past `end`; nil when it does not match.
    @inline(__always)
    func match(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        var p = i
        for e in elements {
            switch e {
            case .scalar(let c):
                guard p < end, s[p] == c else { return nil }
                p += 1
            case .digits:
                guard p < end, ScalarClass.isDigit(s[p]) else { return nil }
                while p < end, ScalarClass.isDigit(s[p]) { p += 1 }
            }
        }
        return p
    }
}
