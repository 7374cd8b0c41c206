#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore

/// Where fragment lines go: standard output (`-`) or a file (truncated first), buffered.
public final class FragmentOutput {
    let fd: Int32
    let path: String
    var buffer: [UInt8] = []

    public init(path: String) throws(NewsGraphError) {
        self.path = path
        if path == "-" {
            fd = 1
        } else {
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw NewsGraphError(file: path, message: "cannot create: \(String(cString: strerror(errno)))") }
        }
        buffer.reserveCapacity(1 << 20)
    }

    deinit { if fd > 2 { close(fd) } }

    public func write(_ line: [UInt8]) throws(NewsGraphError) {
        buffer += line
        if buffer.count >= 1 << 20 { try flush() }
    }

    public func flush() throws(NewsGraphError) {
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw NewsGraphError(file: path, message: "write failed: \(String(cString: strerror(errno)))")
            }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
