import NewsGraphCore

/// Decodes UTF-16 text: byte order from its BOM (FF FE little-endian, FE FF
/// big-endian; little-endian without one), the BOM itself dropped.
enum UTF16Decoder {
    static func decode(_ bytes: [UInt8], file: String) throws(NewsGraphError) -> [Unicode.Scalar] {
        var start = 0
        var bigEndian = false
        if bytes.starts(with: [0xFE, 0xFF]) {
            bigEndian = true
            start = 2
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            start = 2
        }
        guard (bytes.count - start) % 2 == 0 else {
            throw NewsGraphError(file: file, byteOffset: bytes.count - 1, message: "odd number of bytes in UTF-16 text")
        }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(units.count)
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        var unit = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF16.decode(encoded))
                unit += encoded.count
            case .error:
                throw NewsGraphError(file: file, byteOffset: start + unit * 2, message: "invalid UTF-16 (unpaired surrogate)")
            case .emptyInput:
                return scalars
            }
        }
    }
}
