#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore

/// A buffered byte writer over a file descriptor: writers stream through it
/// and never hold their whole output in memory.
///
/// Writers append to `buffer` directly (no call that can throw per value) and call
/// `flushIfFull()` after each node or edge, so the buffer holds at most a flush's worth
/// and one item.
public final class ByteSink {
    private let fd: Int32
    /// The file the bytes are for, in error messages.
    public let path: String
    /// The error of the write that failed, kept for callers that only see a status (libxml2).
    public private(set) var failure: NewsGraphError?
    /// How much is buffered before it is written out.
    @usableFromInline let capacity: Int
    /// The bytes not yet written out.
    public let buffer: ByteBuffer

    /// A sink on an open descriptor; it does not close it.
    public init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
        capacity = 1 << 16
        buffer = ByteBuffer(capacity: capacity + 4096)
    }

    /// Writes the buffer out once it holds `capacity` bytes.
    @inlinable @inline(__always)
    public func flushIfFull() throws {
        if buffer.count >= capacity { try flush() }
    }

    @inline(__always)
    public func write(_ s: String) throws {
        var s = s
        try s.withUTF8 { try write(bytes: $0) }
    }

    /// Writes a literal (markup, punctuation) without going through a String.
    @inline(__always)
    public func write(literal s: StaticString) throws {
        if s.hasPointerRepresentation {
            try write(bytes: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        } else {
            try write(s.description)
        }
    }

    public func write(bytes: UnsafeBufferPointer<UInt8>) throws {
        if buffer.count + bytes.count > capacity {
            try flush()
            if bytes.count > capacity { return try writeOut(UnsafeRawBufferPointer(bytes)) }
        }
        buffer.append(bytes: bytes)
    }

    @inline(__always)
    public func write(byte: UInt8) throws {
        buffer.append(byte: byte)
        try flushIfFull()
    }

    /// Writes an integer in decimal.
    public func write(int: Int) throws {
        buffer.append(decimal: int)
        try flushIfFull()
    }

    public func flush() throws {
        try writeOut(UnsafeRawBufferPointer(buffer.bytes))
        buffer.removeAll()
    }

    private func writeOut(_ raw: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                let error = NewsGraphError(file: path, message: "write failed: \(String(cString: strerror(errno)))", code: errno)
                failure = error
                throw error
            }
            done += n
        }
    }
}
