import Foundation

/// Micro-averaged scores per row over all scored documents, and every miss, false positive and
/// fragment behind them.
public struct EvalReport: Sendable, Equatable {
    /// The report's rows, in report order.
    public enum Row: String, CaseIterable, Sendable, Codable, Comparable {
        case person = "Person"
        case title = "Title"
        case organization = "Organization"
        case location = "Location"
        case holds
        case event = "Event"
        case attended
        case organized
        case locatedIn
        case headline = "Headline"
        case author = "Author"

        public init(_ type: EntityType) {
            switch type {
            case .person: self = .person
            case .title: self = .title
            case .organization: self = .organization
            case .location: self = .location
            }
        }

        /// The row named `name`, case-insensitively.
        public init?(name: String) {
            guard let row = Row.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
                return nil
            }
            self = row
        }

        public static func < (a: Row, b: Row) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// Counts for one row. A fragment (a second system item on an already-matched gold item) is
    /// counted neither as a hit nor as a false positive.
    public struct Counts: Sendable, Equatable, Codable {
        public var tp = 0
        public var fp = 0
        public var fn = 0
        public var fragments = 0

        public init(tp: Int = 0, fp: Int = 0, fn: Int = 0, fragments: Int = 0) {
            self.tp = tp
            self.fp = fp
            self.fn = fn
            self.fragments = fragments
        }

        /// tp / (tp + fp); 1 when the system claimed nothing.
        public var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        /// tp / (tp + fn); 1 when the gold has nothing.
        public var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }

        public static func + (a: Counts, b: Counts) -> Counts {
            Counts(tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, fragments: a.fragments + b.fragments)
        }
    }

    /// One scored item that was not a hit.
    public struct Item: Sendable, Equatable, Comparable, Codable {
        public enum Kind: String, Sendable, Codable, Comparable {
            /// A gold item the system did not produce.
            case miss
            /// A system item matching no gold item.
            case falsePositive
            /// A second system item on a gold item already matched.
            case fragment

            public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
        }

        public var kind: Kind
        public var row: Row
        /// The gold document's `doc` (`seed-page.txt`).
        public var document: String
        /// The item as text: a name, `(person, title, org)`, `(person, event)`, …
        public var text: String
        /// For a false positive or fragment: the id of the rule that produced it (first provenance).
        public var rule: String?
        /// For a fragment: the gold item it landed on.
        public var gold: String?

        public init(kind: Kind, row: Row, document: String, text: String, rule: String? = nil, gold: String? = nil) {
            self.kind = kind
            self.row = row
            self.document = document
            self.text = text
            self.rule = rule
            self.gold = gold
        }

        public static func < (a: Item, b: Item) -> Bool {
            if a.row != b.row { return a.row < b.row }
            if a.kind != b.kind { return a.kind < b.kind }
            if a.document != b.document { return a.document < b.document }
            if a.text != b.text { return a.text < b.text }
            return (a.rule ?? "") < (b.rule ?? "")
        }
    }

    public var counts: [Row: Counts]
    /// Misses, false positives and fragments, sorted by row, kind, document and text.
    public var items: [Item]
    /// The gold documents scored, in order.
    public var documents: [String]

    public init(counts: [Row: Counts] = [:], items: [Item] = [], documents: [String] = []) {
        self.counts = counts
        self.items = items.sorted()
        self.documents = documents
    }

    public subscript(row: Row) -> Counts { counts[row] ?? Counts() }

    public var misses: [Item] { items.filter { $0.kind == .miss } }
    public var falsePositives: [Item] { items.filter { $0.kind == .falsePositive } }
    public var fragments: [Item] { items.filter { $0.kind == .fragment } }

    /// The sum of two reports (micro-averaging: counts add, scores are recomputed).
    public func merging(_ other: EvalReport) -> EvalReport {
        EvalReport(
            counts: counts.merging(other.counts, uniquingKeysWith: +), items: items + other.items,
            documents: documents + other.documents)
    }

    // MARK: Output

    /// An aligned text table: one line per row with tp, fp, fn, fragments, P, R and F1.
    public func table() -> String {
        let header = ["row", "tp", "fp", "fn", "frag", "P", "R", "F1"]
        var lines = [header]
        for row in Row.allCases {
            let c = self[row]
            lines.append([
                row.rawValue, "\(c.tp)", "\(c.fp)", "\(c.fn)", "\(c.fragments)",
                EvalReport.format(c.precision), EvalReport.format(c.recall), EvalReport.format(c.f1),
            ])
        }
        var widths = Array(repeating: 0, count: header.count)
        for line in lines { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return lines.map { line in
            line.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return i == 0 ? cell + pad : pad + cell  // names left, numbers right
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// The table, then every miss, false positive (with the rule that produced it) and fragment.
    public func verbose() -> String {
        var out = table()
        for kind in [Item.Kind.miss, .falsePositive, .fragment] {
            let list = items.filter { $0.kind == kind }
            let heading: String =
                switch kind {
                case .miss: "Misses (gold items not found)"
                case .falsePositive: "False positives (system items matching no gold item)"
                case .fragment: "Fragments (second system items on a matched gold item)"
                }
            out += "\n\(heading): \(list.count)\n"
            for item in list {
                var line = "  \(item.row.rawValue)\t\(item.document)\t\(item.text)"
                if let gold = item.gold { line += "\t→ \(gold)" }
                if kind != .miss { line += "\t[rule: \(item.rule ?? "?")]" }
                out += line + "\n"
            }
        }
        return out
    }

    /// Deterministic JSON: sorted keys, rows in report order, items sorted.
    public func json() -> String {
        struct RowJSON: Encodable {
            var row: String
            var tp, fp, fn, fragments: Int
            var precision, recall, f1: Double
        }
        struct ReportJSON: Encodable {
            var documents: [String]
            var rows: [RowJSON]
            var items: [Item]
        }
        let rows = Row.allCases.map { row in
            let c = self[row]
            return RowJSON(
                row: row.rawValue, tp: c.tp, fp: c.fp, fn: c.fn, fragments: c.fragments,
                precision: EvalReport.rounded(c.precision), recall: EvalReport.rounded(c.recall),
                f1: EvalReport.rounded(c.f1))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try! encoder.encode(ReportJSON(documents: documents, rows: rows, items: items))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func format(_ x: Double) -> String {
        let scaled = Int((x * 1000).rounded())
        let frac = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }

    /// Six decimals, so the JSON does not carry floating-point noise.
    static func rounded(_ x: Double) -> Double { (x * 1_000_000).rounded() / 1_000_000 }
}
