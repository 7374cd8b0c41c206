#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore

/// Provenance lists rendered once as compact JSON, with where each value lies, so that every
/// writer printing them takes the same bytes: GraphML stores a list as it is (and its first
/// mention's values in `<data>`s of their own), JSON-LD spaces it out around the same values.
/// Escaping every mention's document, text and rule again in each writer was a tenth of
/// writing a page's graph.
///
/// Lists are numbered in the order they are appended; `list(_:)` is for after the last append.
public final class ProvenanceJSON {
    /// Every list's JSON, one after another.
    let text = ByteBuffer()
    /// Per list, where its JSON starts in `text` and its first value in `values`.
    /// `isPlain`: see `List.isPlain`.
    @exclusivity(unchecked) var lists: [(text: Int, values: Int, isPlain: Bool)] = []
    /// Per entry, the start and end of each of its `JSONText.provenanceKeys.count` values,
    /// from its list's start. Raw memory, read through a pointer: reading a class's arrays
    /// went through a bounds check and a retain each time, and writers read seven a mention.
    @exclusivity(unchecked) var values: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) var valuesCapacity = 256
    @exclusivity(unchecked) var valuesCount = 0
    /// The last document and rule rendered, and where their JSON is in `text`: a page's
    /// mentions all name one document and mostly few rules, so most are copied, not escaped.
    @exclusivity(unchecked) var lastDocument: Rendered = ("", 0, 0, true)
    @exclusivity(unchecked) var lastRule: Rendered = ("", 0, 0, true)
    typealias Rendered = (string: String, start: Int, end: Int, isPlain: Bool)

    public init() {
        values = .allocate(capacity: valuesCapacity)
    }

    deinit { values.deallocate() }

    public func removeAll() {
        text.removeAll()
        lists.removeAll(keepingCapacity: true)
        valuesCount = 0
        lastDocument = ("", 0, 0, true)
        lastRule = ("", 0, 0, true)
    }

    /// Renders `list` as `JSONText.appendProvenance(_:compact: true, to:)` does.
    public func append(_ list: [Provenance]) {
        let keys = JSONText.provenanceKeys
        var text = self.text  // the same buffer (a class): the protocol's appends are mutating
        let start = text.count
        lists.append((start, valuesCount, true))
        var plain = true
        if valuesCount + list.count * 2 * keys.count > valuesCapacity { grow(toHold: list.count * 2 * keys.count) }
        var v = values + valuesCount
        valuesCount += list.count * 2 * keys.count
        @inline(__always) func mark(_ from: Int) {
            v[0] = Int32(from - start)
            v[1] = Int32(text.count - start)
            v += 2
        }
        text.append(byte: UInt8(ascii: "["))
        // By position: `enumerated()` copied each element (a retain and a release of its strings).
        // The seven fields are written out one by one: a local function taking each value's writer
        // as a closure cost 1.6% more instructions on the foundation run (callgrind, 800 pages).
        for i in list.indices {
            if i > 0 { text.append(byte: UInt8(ascii: ",")) }
            text.append(literal: keys[0].compact)
            var from = text.count
            plain = appendQuoted(list[i].document, reusing: &lastDocument) && plain
            mark(from)
            text.append(literal: keys[1].compact)
            from = text.count
            text.append(decimal: list[i].span.start)
            mark(from)
            text.append(literal: keys[2].compact)
            from = text.count
            text.append(decimal: list[i].span.end)
            mark(from)
            text.append(literal: keys[3].compact)
            from = text.count
            text.append(decimal: list[i].sourceSpan.start)
            mark(from)
            text.append(literal: keys[4].compact)
            from = text.count
            text.append(decimal: list[i].sourceSpan.end)
            mark(from)
            text.append(literal: keys[5].compact)
            from = text.count
            plain = appendQuoted(list[i].text) && plain
            mark(from)
            text.append(literal: keys[6].compact)
            from = text.count
            plain = appendQuoted(list[i].rule, reusing: &lastRule) && plain
            mark(from)
            text.append(byte: UInt8(ascii: "}"))
        }
        text.append(byte: UInt8(ascii: "]"))
        lists[lists.count - 1].isPlain = plain
    }

    /// `s` quoted, copied from where it was rendered last when it is the same string again;
    /// whether it is plain (`List.isPlain`). Inlined: a call was handed a copy of the mention's
    /// document or rule (a retain and a release each).
    @inline(__always)
    private func appendQuoted(_ s: String, reusing last: inout Rendered) -> Bool {
        var text = self.text
        if last.end > 0, ProvenanceJSON.sameBytes(s, last.string) {
            let start = text.count
            // Room first: growing moves the bytes the copy is taken from.
            if text.capacity - start < last.end - last.start { text.grow(toHold: last.end - last.start) }
            text.append(bytes: UnsafeBufferPointer(rebasing: text.bytes[last.start..<last.end]))
            last = (s, start, text.count, last.isPlain)  // the text may have grown past the old copy's room
            return last.isPlain
        }
        let start = text.count
        let plain = appendQuoted(s)
        last = (s, start, text.count, plain)
        return plain
    }

    /// Whether `a` and `b` are the same UTF-8, not `==`: canonically equivalent strings render
    /// differently. The same representation (the usual case: one string stored once, or the
    /// same short string) is the same bytes without reading them.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        if unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self) { return true }
        return a.withUTF8Bytes { x in
            b.withUTF8Bytes { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    /// `s` quoted; whether it is plain. A plain string is copied whole, found so in the one
    /// scan JSON escaping makes anyway.
    private func appendQuoted(_ s: String) -> Bool {
        var text = self.text
        return s.withUTF8Bytes { u in
            guard ProvenanceJSON.special.firstMember(in: u, from: 0) == u.count else {
                JSONText.appendQuoted(s, to: &text)
                return false
            }
            text.append(byte: UInt8(ascii: "\""))
            text.append(bytes: u)
            text.append(byte: UInt8(ascii: "\""))
            return true
        }
    }

    /// What JSON escapes, and what markup treats apart: `&`, `<`, `>`, and EF, which may open
    /// U+FFFE/U+FFFF (full-width punctuation opens with it too).
    static let special = ByteTable { JSONText.needsEscape($0) || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0xEF }

    private func grow(toHold n: Int) {
        var size = valuesCapacity * 2
        while size < valuesCount + n { size *= 2 }
        let bigger = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        bigger.update(from: values, count: valuesCount)
        values.deallocate()
        values = bigger
        valuesCapacity = size
    }

    /// List `k`, in the order they were appended.
    public func list(_ k: Int) -> List {
        let (start, first, isPlain) = lists[k]
        let (end, last) = k + 1 < lists.count ? (lists[k + 1].text, lists[k + 1].values) : (text.count, valuesCount)
        return List(
            json: UnsafeBufferPointer(rebasing: text.bytes[start..<end]), values: values + first,
            entryCount: (last - first) / (2 * JSONText.provenanceKeys.count), isPlain: isPlain)
    }

    /// One rendered list; valid while its `ProvenanceJSON` lives and takes no more appends.
    public struct List {
        /// The list's compact JSON.
        public let json: UnsafeBufferPointer<UInt8>
        @usableFromInline let values: UnsafePointer<Int32>
        public let entryCount: Int
        /// No string in the list needed JSON escaping or holds a byte `ProvenanceJSON.special`
        /// names: each string value between its quotes is the text itself, fit for markup as it is.
        public let isPlain: Bool

        /// Value `k` (in `JSONText.provenanceKeys` order) of entry `entry`, as JSON: a quoted
        /// string or a number.
        @inlinable @inline(__always)
        public func value(_ entry: Int, _ k: Int) -> UnsafeBufferPointer<UInt8> {
            let i = 2 * (entry * JSONText.provenanceKeys.count + k)
            return UnsafeBufferPointer(rebasing: json[Int(values[i])..<Int(values[i + 1])])
        }

        /// The list spaced out as `JSONText.appendProvenance(_:compact: false, to:)` writes it.
        public func appendSpaced(to buffer: ByteBuffer) {
            let keys = JSONText.provenanceKeys
            var out = buffer
            out.append(byte: UInt8(ascii: "["))
            for e in 0..<entryCount {
                if e > 0 { out.append(literal: ", ") }
                for k in keys.indices {
                    out.append(literal: keys[k].spaced)
                    out.append(bytes: value(e, k))
                }
                out.append(byte: UInt8(ascii: "}"))
            }
            out.append(byte: UInt8(ascii: "]"))
        }
    }
}
