import CZlib
import NewsGraphCore

/// Gunzips a byte stream with zlib, chunk by chunk; concatenated gzip members
/// (as `cat a.gz b.gz` makes) are read one after another.
public final class GzipByteSource: ByteSource {
    let inner: any ByteSource
    let name: String
    var stream = z_stream()
    var input: [UInt8]
    var inputOffset = 0
    var ended = false
    var initialized = false
    /// Decompressed bytes produced so far, for error messages.
    var produced = 0

    public init(_ inner: any ByteSource, name: String, pending: [UInt8] = []) {
        self.inner = inner
        self.name = name
        self.input = pending
    }

    deinit { if initialized { inflateEnd(&stream) } }

    public var bytesConsumed: Int { inner.bytesConsumed }

    public func read() throws(NewsGraphError) -> [UInt8] {
        if ended { return [] }
        if !initialized {
            // 15 + 16: a gzip header and trailer, with the largest window.
            guard newsgraph_inflate_init(&stream, 15 + 16) == Z_OK else {
                throw NewsGraphError(file: name, message: "cannot start gzip decoding")
            }
            initialized = true
        }
        var out = [UInt8](repeating: 0, count: 1 << 18)
        var written = 0
        while written == 0 {
            if inputOffset == input.count {
                input = try inner.read()
                inputOffset = 0
                if input.isEmpty {
                    // A stream that ends between members is complete; inside one, truncated.
                    if stream.total_in == 0 && stream.total_out == 0 { ended = true; return [] }
                    throw NewsGraphError(file: name, byteOffset: inner.bytesConsumed, message: "truncated gzip stream")
                }
            }
            let status: Int32 = input.withUnsafeMutableBufferPointer { inBuf in
                out.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_in = inBuf.baseAddress! + inputOffset
                    stream.avail_in = UInt32(inBuf.count - inputOffset)
                    stream.next_out = outBuf.baseAddress! + written
                    stream.avail_out = UInt32(outBuf.count - written)
                    let r = inflate(&stream, Z_NO_FLUSH)
                    inputOffset = inBuf.count - Int(stream.avail_in)
                    written = outBuf.count - Int(stream.avail_out)
                    return r
                }
            }
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                // Another member may follow.
                inflateReset(&stream)
                if written == 0 { continue }
            default:
                let compressedOffset = inner.bytesConsumed - (input.count - inputOffset)
                throw NewsGraphError(
                    file: name, byteOffset: compressedOffset,
                    message: "corrupt gzip data (zlib error \(status)\(stream.msg.map { ": " + String(cString: $0) } ?? ""))")
            }
        }
        out.removeSubrange(written...)
        produced += written
        return out
    }
}
