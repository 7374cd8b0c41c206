import Foundation
import NewsGraphCore

/// Minimum scores a report must reach, read from a small text file (`eval-floor.txt`):
///
/// ```
/// # row [metric] minimum        metric: P, R or F1 (default F1)
/// Person 0.80
/// holds R 0.50
/// ```
///
/// Blank lines and `#` comments (whole-line or trailing) are ignored; row names are case-insensitive.
public struct Floor: Sendable, Equatable {
    public enum Metric: String, CaseIterable, Sendable {
        case precision = "P"
        case recall = "R"
        case f1 = "F1"

        public init?(name: String) {
            guard let m = Metric.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
                return nil
            }
            self = m
        }

        public func value(_ c: EvalReport.Counts) -> Double {
            switch self {
            case .precision: c.precision
            case .recall: c.recall
            case .f1: c.f1
            }
        }
    }

    public struct Entry: Sendable, Equatable {
        public var row: EvalReport.Row
        public var metric: Metric
        public var minimum: Double
        public init(row: EvalReport.Row, metric: Metric = .f1, minimum: Double) {
            self.row = row
            self.metric = metric
            self.minimum = minimum
        }
    }

    /// A row that fell below its floor.
    public struct Violation: Sendable, Equatable, CustomStringConvertible {
        public var entry: Entry
        public var actual: Double
        public var description: String {
            "\(entry.row.rawValue) \(entry.metric.rawValue) \(EvalReport.format(actual)) < \(EvalReport.format(entry.minimum))"
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Parses a floor file's text; `file` names it in errors (with the line).
    public init(parsing text: String, file: String = "<floor>") throws(NewsGraphError) {
        var entries: [Entry] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if fields.isEmpty { continue }
            guard fields.count == 2 || fields.count == 3 else {
                throw NewsGraphError(file: file, line: n + 1, message: "expected `ROW [P|R|F1] MINIMUM`, got \"\(raw)\"")
            }
            guard let row = EvalReport.Row(name: fields[0]) else {
                throw NewsGraphError(
                    file: file, line: n + 1,
                    message: "unknown row \"\(fields[0])\" (rows: "
                        + EvalReport.Row.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            var metric = Metric.f1
            if fields.count == 3 {
                guard let m = Metric(name: fields[1]) else {
                    throw NewsGraphError(file: file, line: n + 1, message: "unknown metric \"\(fields[1])\" (P, R or F1)")
                }
                metric = m
            }
            guard let minimum = Double(fields[fields.count - 1]), minimum >= 0, minimum <= 1 else {
                throw NewsGraphError(
                    file: file, line: n + 1, message: "minimum must be a number in 0…1, got \"\(fields[fields.count - 1])\"")
            }
            entries.append(Entry(row: row, metric: metric, minimum: minimum))
        }
        self.entries = entries
    }

    /// Reads a floor file.
    public static func load(path: String) throws(NewsGraphError) -> Floor {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NewsGraphError(file: path, message: "cannot read floor file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NewsGraphError(file: path, message: "floor file is not UTF-8")
        }
        return try Floor(parsing: text, file: path)
    }

    /// The entries `report` falls below, in file order.
    public func violations(in report: EvalReport) -> [Violation] {
        entries.compactMap { e in
            let actual = e.metric.value(report[e.row])
            // A tolerance so that a score printed as the floor does not fail it by rounding noise.
            return actual + 1e-9 < e.minimum ? Violation(entry: e, actual: actual) : nil
        }
    }

    /// The rows `report` falls below (each once, in report order).
    public func rowsBelow(in report: EvalReport) -> [EvalReport.Row] {
        Array(Set(violations(in: report).map(\.entry.row))).sorted()
    }
}
