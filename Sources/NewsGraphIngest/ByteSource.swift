#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore

/// A stream of bytes read in chunks: a file, standard input, or a gzip
/// stream over either. Inputs are read this way so that a large JSONL file is
/// never held whole in memory.
public protocol ByteSource: AnyObject {
    /// The next chunk; empty at the end of the stream.
    func read() throws(NewsGraphError) -> [UInt8]
    /// Bytes consumed from the underlying file so far (compressed bytes for gzip): for progress.
    var bytesConsumed: Int { get }
}

extension ByteSource {
    /// Every remaining byte.
    public func readAll() throws(NewsGraphError) -> [UInt8] {
        var all: [UInt8] = []
        while true {
            let chunk = try read()
            if chunk.isEmpty { return all }
            all.append(contentsOf: chunk)
        }
    }
}

/// Reads a file descriptor in 256 KiB chunks.
public final class FileByteSource: ByteSource {
    let fd: Int32
    let path: String
    let ownsDescriptor: Bool
    public private(set) var bytesConsumed = 0
    static let chunkSize = 1 << 18

    /// Opens `path`, or standard input for `-`.
    public init(path: String) throws(NewsGraphError) {
        self.path = path
        if path == "-" {
            fd = 0
            ownsDescriptor = false
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                throw NewsGraphError(file: path, message: "cannot read file: \(String(cString: strerror(errno)))")
            }
            ownsDescriptor = true
        }
    }

    deinit { if ownsDescriptor { close(fd) } }

    public func read() throws(NewsGraphError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: FileByteSource.chunkSize)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw NewsGraphError(file: path, byteOffset: bytesConsumed, message: "read failed: \(String(cString: strerror(errno)))")
            }
            buffer.removeSubrange(n...)
            bytesConsumed += n
            return buffer
        }
    }
}

/// Opens an input's bytes: gunzipped when its name ends in `.gz` (or, for
/// stdin, when the stream starts with the gzip magic bytes).
public enum InputBytes {
    public static func open(path: String) throws(NewsGraphError) -> any ByteSource {
        let file = try FileByteSource(path: path)
        if path.lowercased().hasSuffix(".gz") { return GzipByteSource(file, name: path) }
        if path == "-" { return SniffingGzipSource(file) }
        return file
    }

    /// Every byte of an input (gunzipped if need be).
    public static func readAll(path: String) throws(NewsGraphError) -> [UInt8] {
        try open(path: path).readAll()
    }
}

/// Standard input, gunzipped if it starts with the gzip magic bytes.
final class SniffingGzipSource: ByteSource {
    let inner: any ByteSource
    var first: [UInt8]?
    var gzip: GzipByteSource?

    init(_ inner: any ByteSource) { self.inner = inner }

    var bytesConsumed: Int { inner.bytesConsumed }

    func read() throws(NewsGraphError) -> [UInt8] {
        if let gzip { return try gzip.read() }
        if first == nil {
            let chunk = try inner.read()
            first = chunk
            if chunk.starts(with: [0x1F, 0x8B]) {
                let g = GzipByteSource(inner, name: "-", pending: chunk)
                gzip = g
                return try g.read()
            }
            return chunk
        }
        return try inner.read()
    }
}
