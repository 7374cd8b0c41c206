/// Hand-written JSON string escaping (no JSONEncoder: writers run at tens of MB/s).
///
/// Escapes `"` and `\`, writes `\n`, `\r`, `\t` short and every other control
/// character below U+0020 as `\u00XX`; everything else, CJK included, stays raw UTF-8.
public enum JSONText {
    /// Whether `byte` (one UTF-8 code unit) must be escaped inside a JSON string.
    @inline(__always)
    public static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Appends `s` as a quoted JSON string literal.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(s, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Appends `s` escaped, without quotes.
    public static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            var run = 0
            for i in 0..<bytes.count where needsEscape(bytes[i]) {
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                appendEscape(bytes[i], to: &out)
                run = i + 1
            }
            if run < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count])) }
        }
    }

    /// Appends `n` in decimal (no String in between: writers append many offsets).
    public static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            let count = writeDecimal(n, to: digits.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(start: digits.baseAddress, count: count))
        }
    }

    /// Writes `n` in decimal at `out` (room for 21 bytes: a sign and 20 digits); returns the count.
    @inline(__always)
    public static func writeDecimal(_ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var v = n.magnitude
        var length = 1
        var probe = v
        while probe >= 10 {
            probe /= 10
            length += 1
        }
        var start = 0
        if n < 0 {
            out[0] = UInt8(ascii: "-")
            start = 1
        }
        var i = start + length
        repeat {
            i -= 1
            out[i] = UInt8(ascii: "0") + UInt8(v % 10)
            v /= 10
        } while v > 0
        return start + length
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    @inline(__always)
    static func appendEscape(_ b: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0x0F)])
        }
    }

    /// The quoted JSON string literal of `s`.
    public static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

extension ByteSink {
    /// Writes `s` as a quoted JSON string; strings with nothing to escape (the
    /// common case) are copied in one piece.
    public func writeJSONString(_ s: String) throws {
        try write(byte: UInt8(ascii: "\""))
        var s = s
        try s.withUTF8 { bytes in
            var runStart = 0
            for i in 0..<bytes.count where JSONText.needsEscape(bytes[i]) {
                if runStart < i { try write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                var esc: [UInt8] = []
                JSONText.appendEscape(bytes[i], to: &esc)
                try esc.withUnsafeBufferPointer { try write(bytes: $0) }
                runStart = i + 1
            }
            if runStart < bytes.count { try write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
        }
        try write(byte: UInt8(ascii: "\""))
    }
}
