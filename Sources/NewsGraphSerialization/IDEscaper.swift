import NewsGraphCore

/// Escapes the scalars of an id that a format cannot hold raw: each becomes `marker`
/// and two upper-case hex digits per UTF-8 byte (`%E3%80%8A` in an IRI, `_40` in a
/// GraphML NMTOKEN). Every node and edge id goes through here in every format, so it
/// works on the UTF-8 bytes and returns the id itself when nothing needs escaping;
/// building the result scalar by scalar was a third of the cost of writing an edge.
///
/// `keep` says which scalar values stay raw; `stops` are the bytes where it must be asked:
/// every byte from 0x80 and the ASCII bytes it rejects. Runs of other bytes (the ASCII of
/// `person:`, `article:…`) are stepped over a table read a byte.
public enum IDEscaper {
    /// `id` escaped.
    @inlinable
    public static func escape(_ id: String, marker: UInt8, keep: (UInt32) -> Bool, stops: ByteTable) -> String {
        let plain = id.withUTF8Bytes { u in
            var i = stops.firstMember(in: u, from: 0)
            while i < u.count {
                if stops.mark(u[i]) == keptLead {
                    i = next(u, after: i + 3, stops)
                    continue
                }
                let (value, length) = scalar(u, at: i)
                if !keep(value) { return false }
                i = next(u, after: i + length, stops)
            }
            return true
        }
        if plain { return id }
        var out: [UInt8] = []
        out.reserveCapacity(id.utf8.count * 2)
        append(id, marker: marker, keep: keep, stops: stops, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The `stops` of `keep`. The lead bytes `keptLeads` of three-byte scalars, all of which
    /// `keep` keeps, are marked `keptLead`: a run of CJK steps over those without decoding
    /// them (deciding scalar by scalar was most of escaping a Chinese id). (Named, not found by
    /// asking `keep` about all their scalars: that cost more than a small document's ids.)
    public static func stops(_ keep: (UInt32) -> Bool, keptLeads: ClosedRange<UInt8>) -> ByteTable {
        ByteTable(marking: { b in
            if b < 0x80 { return keep(UInt32(b)) ? 0 : 1 }
            guard keptLeads.contains(b) else { return 1 }
            // The scalars UTF-8 encodes with this lead (no overlong forms, no surrogates), checked in debug builds.
            assert(b >= 0xE0 && b <= 0xEF)
            let low: UInt32 = b == 0xE0 ? 0x800 : UInt32(b & 0x0F) << 12
            let high: UInt32 = b == 0xED ? 0xD7FF : UInt32(b & 0x0F) << 12 | 0xFFF
            assert((low...high).allSatisfy(keep))
            return keptLead
        })
    }

    /// The `stops` mark of a lead byte whose three-byte scalars are all kept.
    @inlinable static var keptLead: UInt8 { 2 }

    /// Appends `id` escaped to `out`, without building a String: writers escape ids piece by
    /// piece (an edge id is its kind, source, target and qualifier), and escaping works
    /// scalar by scalar, so the pieces escaped one after another give the whole id escaped.
    @inlinable
    public static func append<Out: ByteOutput>(
        _ id: String, marker: UInt8, keep: (UInt32) -> Bool, stops: ByteTable, to out: inout Out
    ) {
        id.withUTF8Bytes { u in
            var run = 0
            var i = stops.firstMember(in: u, from: 0)
            while i < u.count {
                if stops.mark(u[i]) == keptLead {
                    i = next(u, after: i + 3, stops)
                    continue
                }
                let (value, length) = scalar(u, at: i)
                if !keep(value) {
                    if run < i { out.append(bytes: UnsafeBufferPointer(rebasing: u[run..<i])) }
                    for b in u[i..<i + length] {
                        out.append(byte: marker)
                        out.append(byte: hexDigit(b >> 4))
                        out.append(byte: hexDigit(b & 0xF))
                    }
                    run = i + length
                }
                i = next(u, after: i + length, stops)
            }
            if run < u.count { out.append(bytes: UnsafeBufferPointer(rebasing: u[run..<u.count])) }
        }
    }

    /// The next stop at or after `i`. A byte from 0x80 is one: the next scalar of a CJK run is
    /// then read at once, without a table scan for each (most of a Chinese id).
    @inlinable @inline(__always)
    static func next(_ u: UnsafeBufferPointer<UInt8>, after i: Int, _ stops: ByteTable) -> Int {
        i < u.count && u[i] >= 0x80 ? i : stops.firstMember(in: u, from: i)
    }

    /// The scalar value starting at `i` of valid UTF-8 (a Swift String's) and its length.
    @inlinable @inline(__always)
    static func scalar(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(u[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F), 4)
    }

    @inlinable @inline(__always)
    static func hexDigit(_ n: UInt8) -> UInt8 { n < 10 ? UInt8(ascii: "0") + n : UInt8(ascii: "A") + n - 10 }
}
