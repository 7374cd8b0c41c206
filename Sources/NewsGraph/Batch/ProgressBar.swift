#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A one-line progress display on stderr, redrawn four times a second:
/// documents done, input MB/s, ETA (when the input size is known) and
/// failures. Shown only when stderr is a terminal; silent otherwise.
public final class ProgressBar: @unchecked Sendable {
    let lock = NSLock()
    let totalBytes: Int?
    let start = Date()
    var documents = 0
    var failures = 0
    var bytes = 0
    var inputPosition = 0
    var stopped = false
    var thread: Thread?

    /// Whether a progress bar would be seen: stderr is a terminal.
    public static var stderrIsTerminal: Bool { isatty(2) == 1 }

    public init(totalBytes: Int?) {
        self.totalBytes = totalBytes
    }

    public func start(interval: TimeInterval = 0.25) {
        let t = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: interval)
                lock.lock()
                let done = stopped
                lock.unlock()
                if done { return }
                draw(final: false)
            }
        }
        thread = t
        t.start()
    }

    /// Records progress: documents consumed, failures among them, their bytes (for the rate),
    /// and how far the inputs were read (compressed bytes for `.gz`; for the fraction done).
    public func update(documents: Int, failures: Int, bytes: Int, inputPosition: Int) {
        lock.lock()
        self.documents = documents
        self.failures = failures
        self.bytes = bytes
        self.inputPosition = inputPosition
        lock.unlock()
    }

    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        draw(final: true)
    }

    func draw(final: Bool) {
        lock.lock()
        let (d, f, b, position) = (documents, failures, bytes, inputPosition)
        lock.unlock()
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(b) / elapsed
        var line = "\(d) docs  \(String(format: "%.2f", rate / 1e6)) MB/s"
        if let total = totalBytes, total > 0 {
            let fraction = min(1, Double(position) / Double(total))
            let width = 24
            let filled = Int(fraction * Double(width))
            line = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
                + String(format: "%3.0f%% ", fraction * 100) + line
            if fraction > 0, !final { line += "  ETA " + ProgressBar.duration(elapsed * (1 - fraction) / fraction) }
        }
        line += "  \(f) failed"
        if final { line += "  (\(ProgressBar.duration(elapsed)))" }
        let text = "\r\u{1B}[2K" + line + (final ? "\n" : "")
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600)h\(s % 3600 / 60)m" : s >= 60 ? "\(s / 60)m\(s % 60)s" : "\(s)s"
    }
}
