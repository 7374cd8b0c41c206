/// Turns an id from a JSONL line into a document name that is one safe file
/// name inside the output directory, deterministically and without collisions.
///
/// Kept: letters and digits of any script, `-`, `_`, `.` and other printable
/// characters that are harmless in a file name. Escaped as `%XX` (UTF-8 bytes,
/// upper-case hex): `/`, `\`, `%`, `~`, control characters, spaces, `:*?"<>|`,
/// and a leading `.` (so `.`, `..` and hidden names cannot arise). Since `%` is
/// always escaped, distinct ids give distinct names. A name over 150 bytes is
/// cut and ends in `~` plus a hash of the whole id (`~` is escaped elsewhere,
/// so that cannot collide with an escaped name either).
public enum DocumentName {
    public static let maxBytes = 150

    public static func sanitize(_ id: String) -> String {
        var out = ""
        for (i, scalar) in id.unicodeScalars.enumerated() {
            if mustEscape(scalar, first: i == 0) {
                for b in String(scalar).utf8 { out += "%" + hex(b) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if out.utf8.count > maxBytes {
            var cut = ""
            for s in out.unicodeScalars {
                if cut.utf8.count + String(s).utf8.count > maxBytes - 17 { break }
                cut.unicodeScalars.append(s)
            }
            // Do not end inside a %XX escape.
            while let p = cut.lastIndex(of: "%"), cut.distance(from: p, to: cut.endIndex) < 3 { cut.removeSubrange(p...) }
            out = cut + "~" + fnv1a(id)
        }
        return out
    }

    static func mustEscape(_ s: Unicode.Scalar, first: Bool) -> Bool {
        if first && s == "." { return true }
        switch s {
        case "/", "\\", "%", "~", ":", "*", "?", "\"", "<", ">", "|", " ": return true
        default: break
        }
        let v = s.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        return s.properties.isWhitespace || s.properties.generalCategory == .format
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    static func fnv1a(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let t = String(h, radix: 16)
        return String(repeating: "0", count: 16 - t.count) + t
    }
}
