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
    /// Per list, where its JSON lies in `text` and its values in `values`. `isPlain`: see
    /// `List.isPlain`. (Bounds of their own: a repeated list is another list's.)
    @exclusivity(unchecked) var lists: [(text: Range<Int>, values: Range<Int>, isPlain: Bool)] = []
    /// Per entry, the start and end of each of its `JSONText.provenanceKeys.count` values,
    /// from its list's start. Raw memory, read through a pointer: reading a class's arrays
    /// went through a bounds check and a retain each time, and writers read seven a mention.
    @exclusivity(unchecked) var values: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) var valuesCapacity = 256
    @exclusivity(unchecked) var valuesCount = 0
    /// The last document and rule seen, and whether each is plain: a page's mentions all name
    /// one document and mostly few rules, so most are known plain without a scan.
    @exclusivity(unchecked) var lastDocument: Seen = ("", true)
    @exclusivity(unchecked) var lastRule: Seen = ("", true)
    typealias Seen = (string: String, isPlain: Bool)

    /// Room for `lists` lists of one entry each (more grow it): a graph's count is known.
    public init(lists: Int = 0) {
        valuesCapacity = max(valuesCapacity, lists * 2 * JSONText.provenanceKeys.count)
        values = .allocate(capacity: valuesCapacity)
        self.lists.reserveCapacity(lists)
    }

    deinit { values.deallocate() }

    /// A rendering to fill with `lists` lists: one an earlier graph gave back (`recycle()`) where
    /// there is one. Making and freeing its buffers for each small document cost as much as
    /// rendering its lists.
    public static func make(lists: Int) -> ProvenanceJSON {
        guard let kept = pool.take() else { return ProvenanceJSON(lists: lists) }
        kept.lists.reserveCapacity(lists)
        return kept
    }

    /// Empties the rendering and keeps it for the next `make`: no list of it is read again.
    public func recycle() {
        removeAll()
        ProvenanceJSON.pool.give(self)
    }

    /// The renderings kept between graphs (empty, no writer holds them).
    private static let pool = SparePool<ProvenanceJSON>(capacity: 16)

    public func removeAll() {
        text.removeAll()
        lists.removeAll(keepingCapacity: true)
        valuesCount = 0
        lastDocument = ("", true)
        lastRule = ("", true)
    }

    /// Renders `list` as `JSONText.appendProvenance(_:compact: true, to:)` does.
    public func append(_ list: [Provenance]) {
        let keys = JSONText.provenanceKeys
        let text = self.text
        let start = text.count
        let firstValue = valuesCount
        var plain = true
        if valuesCount + list.count * 2 * keys.count > valuesCapacity { grow(toHold: list.count * 2 * keys.count) }
        var v = values + valuesCount
        valuesCount += list.count * 2 * keys.count
        text.append(byte: UInt8(ascii: "["))
        // Entries read in place, by position: copying one out (`enumerated()`, or handing it to a
        // function) retained and released its strings.
        list.withUnsafeBufferPointer { list in
            for i in list.indices {
                if i > 0 { text.append(byte: UInt8(ascii: ",")) }
                let entryPlain =
                    isPlain(list[i].document, seen: &lastDocument) && isPlain(list[i].rule, seen: &lastRule)
                    && list[i].text.withUTF8Bytes { ProvenanceJSON.special.firstMember(in: $0, from: 0) == $0.count }
                if entryPlain {
                    appendPlain(list, i, keys, listStart: start, values: v)
                } else {
                    appendEscaped(list, i, keys, listStart: start, values: v)
                    plain = false
                }
                v += 2 * keys.count
            }
        }
        text.append(byte: UInt8(ascii: "]"))
        lists.append((start..<text.count, firstValue..<valuesCount, plain))
    }

    /// The number of lists appended.
    public var count: Int { lists.count }

    /// Appends list `k` again, rendered as it was: a list two items share.
    public func repeatList(_ k: Int) {
        lists.append(lists[k])
    }

    /// Whether `s` holds nothing `special`, remembered for the last string seen in its field.
    @inline(__always)
    private func isPlain(_ s: String, seen: inout Seen) -> Bool {
        if ProvenanceJSON.sameBytes(s, seen.string) { return seen.isPlain }
        let plain = s.withUTF8Bytes { ProvenanceJSON.special.firstMember(in: $0, from: 0) == $0.count }
        seen = (s, plain)
        return plain
    }

    /// An entry whose strings need no escaping, their bytes copied between quotes: with one
    /// capacity check for the whole entry, where a check and a count update per key and value
    /// were most of rendering it.
    @inline(__always)
    private func appendPlain(
        _ list: UnsafeBufferPointer<Provenance>, _ i: Int, _ keys: [(compact: StaticString, spaced: StaticString)], listStart: Int,
        values v: UnsafeMutablePointer<Int32>
    ) {
        let text = self.text
        let entryStart = text.count - listStart  // where the entry starts, from the list's start
        list[i].document.withUTF8Bytes { document in
            list[i].text.withUTF8Bytes { mention in
                list[i].rule.withUTF8Bytes { rule in
                    // The keys, four numbers, three strings and their quotes, and the closing brace.
                    let bound = ProvenanceJSON.compactKeysLength + 4 * 21 + document.count + mention.count + rule.count + 7
                    text.append(atMost: bound) { c in
                        var k = 0
                        @inline(__always) func key() {
                            c.put(literal: keys[k].compact)
                            v[2 * k] = Int32(entryStart + c.written)
                        }
                        @inline(__always) func end() {
                            v[2 * k + 1] = Int32(entryStart + c.written)
                            k += 1
                        }
                        @inline(__always) func quoted(_ bytes: UnsafeBufferPointer<UInt8>) {
                            c.put(byte: UInt8(ascii: "\""))
                            c.put(bytes)
                            c.put(byte: UInt8(ascii: "\""))
                        }
                        key()
                        quoted(document)
                        end()
                        key()
                        c.put(decimal: list[i].span.start)
                        end()
                        key()
                        c.put(decimal: list[i].span.end)
                        end()
                        key()
                        c.put(decimal: list[i].sourceSpan.start)
                        end()
                        key()
                        c.put(decimal: list[i].sourceSpan.end)
                        end()
                        key()
                        quoted(mention)
                        end()
                        key()
                        quoted(rule)
                        end()
                        c.put(byte: UInt8(ascii: "}"))
                    }
                }
            }
        }
    }

    /// An entry with a string to escape (rare): appended key by key.
    private func appendEscaped(
        _ list: UnsafeBufferPointer<Provenance>, _ i: Int, _ keys: [(compact: StaticString, spaced: StaticString)], listStart start: Int,
        values v: UnsafeMutablePointer<Int32>
    ) {
        var text = self.text  // the same buffer (a class): the protocol's appends are mutating
        var v = v
        let p = list[i]
        /// Key `k`, then its value, whose bounds go to `v`.
        @inline(__always) func field(_ k: Int, _ value: (inout ByteBuffer) -> Void) {
            text.append(literal: keys[k].compact)
            v[0] = Int32(text.count - start)
            value(&text)
            v[1] = Int32(text.count - start)
            v += 2
        }
        field(0) { JSONText.appendQuoted(p.document, to: &$0) }
        field(1) { $0.append(decimal: p.span.start) }
        field(2) { $0.append(decimal: p.span.end) }
        field(3) { $0.append(decimal: p.sourceSpan.start) }
        field(4) { $0.append(decimal: p.sourceSpan.end) }
        field(5) { JSONText.appendQuoted(p.text, to: &$0) }
        field(6) { JSONText.appendQuoted(p.rule, to: &$0) }
        text.append(byte: UInt8(ascii: "}"))
    }

    /// The length of all compact keys of an entry, and of all spaced ones.
    static let compactKeysLength = JSONText.provenanceKeys.reduce(0) { $0 + $1.compact.utf8CodeUnitCount }
    static let spacedKeysLength = JSONText.provenanceKeys.reduce(0) { $0 + $1.spaced.utf8CodeUnitCount }

    /// Whether `a` and `b` are the same UTF-8, not `==`: canonically equivalent strings render
    /// differently. The same representation (the usual case: one string stored once, or the
    /// same short string) is the same bytes without reading them.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        if unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self) { return true }
        return a.withUTF8Bytes { x in
            b.withUTF8Bytes { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
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
        let (json, values, isPlain) = lists[k]
        return List(
            json: UnsafeBufferPointer(rebasing: text.bytes[json]), values: self.values + values.lowerBound,
            entryCount: values.count / (2 * JSONText.provenanceKeys.count), isPlain: isPlain)
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

        /// The list spaced out as `JSONText.appendProvenance(_:compact: false, to:)` writes it,
        /// with one capacity check for the whole list (its values are inside `json`).
        public func appendSpaced(to buffer: ByteBuffer) {
            let keys = JSONText.provenanceKeys
            let bound = json.count + entryCount * (ProvenanceJSON.spacedKeysLength + 3) + 2
            buffer.append(atMost: bound) { c in
                c.put(byte: UInt8(ascii: "["))
                for e in 0..<entryCount {
                    if e > 0 { c.put(literal: ", ") }
                    for k in keys.indices {
                        c.put(literal: keys[k].spaced)
                        c.put(value(e, k))
                    }
                    c.put(byte: UInt8(ascii: "}"))
                }
                c.put(byte: UInt8(ascii: "]"))
            }
        }
    }
}
