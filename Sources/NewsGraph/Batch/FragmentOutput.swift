#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore
import NewsGraphSerialization

/// Where fragment lines go: standard output (`-`) or a file, buffered. A file is
/// written beside its destination and renamed into place when the run is
/// complete, so a stopped or failed run leaves no partial fragment file.
public final class FragmentOutput {
    let fd: Int32
    let path: String
    /// The file being written (nil for stdout).
    let temporary: String?
    var buffer: [UInt8] = []

    public init(path: String) throws(NewsGraphError) {
        self.path = path
        if path == "-" {
            fd = 1
            temporary = nil
        } else {
            let tmp = AtomicFile.temporaryPath(for: path)
            fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw NewsGraphError(file: path, message: "cannot create: \(String(cString: strerror(errno)))") }
            temporary = tmp
        }
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        if fd > 2 { close(fd) }
        if let temporary { unlink(temporary) }  // still there only when not finished
    }

    public func write(_ line: [UInt8]) throws(NewsGraphError) {
        buffer += line
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Flushes the lines written; a file is renamed into place only if the run is `complete`.
    public func finish(complete: Bool) throws(NewsGraphError) {
        guard let temporary else { return try flush() }  // stdout: the whole lines so far
        guard complete else { return }  // deinit removes the temporary file
        try flush()
        guard rename(temporary, path) == 0 else {
            throw NewsGraphError(file: path, message: "cannot rename into place: \(String(cString: strerror(errno)))")
        }
    }

    func flush() throws(NewsGraphError) {
        defer { buffer.removeAll(keepingCapacity: true) }
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw NewsGraphError(file: path, message: "write failed: \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }
}
