#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore

/// A buffered byte writer over a file descriptor: writers stream through it
/// and never hold their whole output in memory.
public final class ByteSink {
    private var buffer: [UInt8] = []
    private let fd: Int32
    /// The file the bytes are for, in error messages.
    public let path: String
    /// The error of the write that failed, kept for callers that only see a status (libxml2).
    public private(set) var failure: NewsGraphError?
    private let capacity = 1 << 16

    /// A sink on an open descriptor; it does not close it.
    public init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
        buffer.reserveCapacity(capacity)
    }

    @inline(__always)
    public func write(_ s: String) throws {
        var s = s
        try s.withUTF8 { try write(bytes: $0) }
    }

    public func write(bytes: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    @inline(__always)
    public func write(byte: UInt8) throws {
        buffer.append(byte)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes an integer in decimal.
    public func write(int: Int) throws {
        JSONText.appendDecimal(int, to: &buffer)
        if buffer.count >= capacity { try flush() }
    }

    public func flush() throws {
        var done = 0
        try buffer.withUnsafeBytes { raw in
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
        buffer.removeAll(keepingCapacity: true)
    }
}
