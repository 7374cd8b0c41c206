import Foundation
import Testing

/// Compares text with a file in `Tests/NewsGraphCLITests/Snapshots/`.
///
/// `NEWSGRAPH_UPDATE_SNAPSHOTS=1 swift test --filter NewsGraphCLITests` rewrites the
/// files instead of comparing; review the diff before committing it.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static var updating: Bool { ProcessInfo.processInfo.environment["NEWSGRAPH_UPDATE_SNAPSHOTS"] == "1" }
    static let regenerate = "NEWSGRAPH_UPDATE_SNAPSHOTS=1 swift test --filter NewsGraphCLITests"

    static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name)
        if updating {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file)
            } catch {
                Issue.record("cannot write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no snapshot \(name); create it with: \(regenerate)", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        Issue.record(
            "\(name) differs from the snapshot\(firstDifference(expected, actual)); if the change is intended: \(regenerate)",
            sourceLocation: sourceLocation)
    }

    /// Where two texts first differ, by line, for the failure message.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) where i >= e.count || i >= a.count || e[i] != a[i] {
            let want = i < e.count ? String(e[i]) : "(end)", got = i < a.count ? String(a[i]) : "(end)"
            return " at line \(i + 1):\n  snapshot: \(want)\n  now:      \(got)\n"
        }
        return ""
    }
}
