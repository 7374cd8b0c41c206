import Foundation
import NewsGraphCore

/// Decodes a file's bytes as UTF-8 (with or without BOM), rejecting what is not text.
///
/// Emits the scalars of the file (BOM excluded: offsets count from the first
/// character of text), or an error naming the byte offset of the first problem.
public enum TextDecoder {
    /// The longest line accepted, in bytes. A news page's longest paragraph is a few
    /// KB and a one-line web scrape of a whole page well under 1 MB; a longer line is
    /// a dump or a data file, and laying it out as one paragraph would take minutes.
    public static let maxLineBytes = 1 << 20

    public static func decode(_ bytes: [UInt8], file: String) throws(NewsGraphError) -> [Unicode.Scalar] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw NewsGraphError(file: file, message: "empty document (no text)")
        }
        if let nul = body.firstIndex(of: 0) {
            throw NewsGraphError(file: file, byteOffset: nul, message: "binary file (NUL byte), not text")
        }
        if let start = firstLongLine(body) {
            throw NewsGraphError(
                file: file, byteOffset: start,
                message: "a line longer than \(maxLineBytes) bytes (no line break); not a news page")
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(body.count / 2)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var offset = body.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                throw NewsGraphError(
                    file: file, byteOffset: offset,
                    message: "invalid UTF-8 (\(length) bad byte(s) starting 0x\(String(bytes[offset], radix: 16, uppercase: true)))")
            case .emptyInput:
                return scalars
            }
        }
    }

    /// The byte offset where the first line longer than `maxLineBytes` starts, if any.
    /// memchr, because this scans every byte of every input, and a Swift loop over 50 MB
    /// is seconds in a debug build.
    static func firstLongLine(_ body: ArraySlice<UInt8>) -> Int? {
        body.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var lineStart = 0
            while buffer.count - lineStart > maxLineBytes {
                // LF, or a lone CR (old Mac files), which the normalizer also reads as a line end.
                guard let hit = memchr(base + lineStart, 0x0A, maxLineBytes + 1) ?? memchr(base + lineStart, 0x0D, maxLineBytes + 1)
                else {
                    return body.startIndex + lineStart
                }
                lineStart = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return nil
        }
    }
}
