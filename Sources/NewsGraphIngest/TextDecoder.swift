import NewsGraphCore

/// Decodes a file's bytes as UTF-8 (with or without BOM), rejecting what is not text.
///
/// Emits the scalars of the file (BOM excluded: offsets count from the first
/// character of text), or an error naming the byte offset of the first problem.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], file: String) throws(NewsGraphError) -> [Unicode.Scalar] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw NewsGraphError(file: file, message: "empty document (no text)")
        }
        if let nul = body.firstIndex(of: 0) {
            throw NewsGraphError(file: file, byteOffset: nul, message: "binary file (NUL byte), not text")
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
}
