import Foundation

/// Seconds spent in each stage, summed over documents (and so over workers:
/// with `--jobs 2` the sum can exceed the wall-clock time).
public struct StageTimings: Sendable {
    public static let stages = ["decode", "layout", "extraction", "resolution", "assembly", "write", "readBack", "merge"]
    public var seconds: [String: Double] = [:]

    public init() {}

    public mutating func add(_ other: StageTimings) {
        for (k, v) in other.seconds { seconds[k, default: 0] += v }
    }

    /// Runs `body`, adding its duration to `stage`.
    public mutating func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { seconds[stage, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try body()
    }
}
