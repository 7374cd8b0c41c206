import CIconv
import NewsGraphCore

/// Decodes GB18030 (and so GBK and GB2312) with glibc's iconv, to UTF-32LE.
/// (Foundation's `String(data:encoding:)` has no GB18030 on Linux.)
enum GB18030Decoder {
    static func decode(_ bytes: ArraySlice<UInt8>, file: String) throws(NewsGraphError) -> [Unicode.Scalar] {
        let cd = iconv_open("UTF-32LE", "GB18030")
        guard newsgraph_iconv_failed(cd) == 0 else {
            throw NewsGraphError(file: file, message: "this system's iconv cannot decode GB18030")
        }
        defer { iconv_close(cd) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 4)
        let (ok, consumed, produced) = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = inBuf.count == 0 ? 0 : iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return (r != Int.max && r != -1 && inLeft == 0, inBuf.count - inLeft, outBuf.count - outLeft)
            }
        }
        guard ok else {
            throw NewsGraphError(file: file, byteOffset: bytes.startIndex + consumed, message: "invalid GB18030 text")
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(produced / 4)
        var i = 0
        while i + 3 < produced {
            let v = UInt32(output[i]) | UInt32(output[i + 1]) << 8 | UInt32(output[i + 2]) << 16 | UInt32(output[i + 3]) << 24
            guard let s = Unicode.Scalar(v) else {
                throw NewsGraphError(file: file, message: "invalid GB18030 text (no scalar U+\(String(v, radix: 16)))")
            }
            scalars.append(s)
            i += 4
        }
        return scalars
    }
}
