#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore

/// Writes a file atomically: into a temporary file beside it, then rename.
/// A reader sees the old file or the new one, never a partial one; on any error
/// (a full disk, a killed writer) the temporary file is removed and the
/// destination is untouched. No fsync: a batch writes many thousands of files,
/// and atomicity against other processes, not power loss, is the contract.
public enum AtomicFile {
    /// Calls `body` with a buffered sink on a temporary file, then renames it into place.
    /// Errors name `path`, the file the caller asked for, never the temporary one.
    public static func write(to path: String, sink body: (ByteSink) throws -> Void) throws {
        let tmp = temporaryPath(for: path)
        do {
            let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw NewsGraphError(file: path, message: "cannot create: \(errorText())") }
            defer { close(fd) }
            let sink = ByteSink(fd: fd, path: path)
            try body(sink)
            try sink.flush()
            guard rename(tmp, path) == 0 else {
                throw NewsGraphError(file: path, message: "cannot rename into place: \(errorText())")
            }
        } catch {
            unlink(tmp)
            throw error
        }
    }

    /// `DIR/.NAME.PID.tmp` for `DIR/NAME`: hidden, and known as debris of a killed run by its shape.
    public static func temporaryPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[...$0]) } ?? ""
        let file = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return "\(dir).\(file).\(getpid()).tmp"
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}
