#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore

/// A buffered byte writer over a file descriptor: writers stream through it
/// and never hold their whole output in memory.
///
/// The buffer is raw memory the sink owns: writers call it a few times per
/// value, and an array in a class property cost an exclusivity check and a
/// uniqueness check on every call, a tenth of a small graph's writing.
public final class ByteSink {
    private let fd: Int32
    /// The file the bytes are for, in error messages.
    public let path: String
    /// The error of the write that failed, kept for callers that only see a status (libxml2).
    public private(set) var failure: NewsGraphError?
    private let capacity = 1 << 16
    private let storage: UnsafeMutablePointer<UInt8>
    private var count = 0

    /// A sink on an open descriptor; it does not close it.
    public init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

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
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity {
            try flush()
            if bytes.count > capacity { return try writeOut(UnsafeRawBufferPointer(bytes)) }
        }
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    public func write(byte: UInt8) throws {
        if count == capacity { try flush() }
        storage[count] = byte
        count += 1
    }

    /// Writes an integer in decimal.
    public func write(int: Int) throws {
        if count + 21 > capacity { try flush() }
        count += JSONText.writeDecimal(int, to: storage + count)
    }

    public func flush() throws {
        try writeOut(UnsafeRawBufferPointer(start: storage, count: count))
        count = 0
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

extension Array where Element == UInt8 {
    /// Appends a literal's bytes in one copy; `append(contentsOf: "…".utf8)` takes the
    /// generic sequence path, which was a quarter of writing a provenance list.
    @inlinable @inline(__always)
    public mutating func append(literal s: StaticString) {
        s.withUTF8Buffer { append(contentsOf: $0) }
    }
}
