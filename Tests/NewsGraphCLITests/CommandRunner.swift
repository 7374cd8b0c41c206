import Foundation

/// Runs the built `newsgraph` binary, as a user would.
struct CommandRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? repository.appendingPathComponent(".build/debug")
        return products.appendingPathComponent("newsgraph")
    }

    /// The child's environment: ours, without a `NEWSGRAPH_RULES` that would swap the
    /// checked-in rules for others, and a fixed width so help text wraps the same everywhere.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["NEWSGRAPH_RULES"] = nil
        env["COLUMNS"] = "100"
        env.merge(extra) { _, new in new }
        return env
    }

    static func run(
        _ arguments: [String], stdin: Data? = nil, in directory: URL = repository, environment extra: [String: String] = [:]
    ) throws -> Output {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.currentDirectoryURL = directory
        p.environment = environment(extra)
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        // Drain stderr on another thread: a child that fills one pipe while we block on the other would hang.
        let errData = ErrorDrain(err.fileHandleForReading)
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = errData.wait()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

/// Reads a pipe to its end on a background thread.
private final class ErrorDrain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
