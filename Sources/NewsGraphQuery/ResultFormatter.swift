import NewsGraphSerialization

/// Prints a `QueryResult`.
public enum ResultFormatter {
    public enum Format: String, Sendable, CaseIterable {
        case table, json, csv
    }

    public static func format(_ result: QueryResult, as format: Format) -> String {
        switch format {
        case .table: table(result)
        case .json: json(result)
        case .csv: csv(result)
        }
    }

    /// Columns left-aligned on display width (a CJK character is two columns),
    /// two spaces apart, a dashed rule under the header, no trailing spaces.
    public static func table(_ result: QueryResult) -> String {
        let visible = result.columns.indices.filter { result.columns[$0].inTable }
        let header = visible.map { result.columns[$0].name }
        let rows = result.rows.map { row in visible.map { row[$0].text.replacingNewlines() } }
        var widths = header.map(DisplayWidth.of)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                if i > 0 { out += "  " }
                out += cell
                if i < cells.count - 1 { out += String(repeating: " ", count: widths[i] - DisplayWidth.of(cell)) }
            }
            while out.hasSuffix(" ") { out.removeLast() }
            return out
        }
        var lines = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON array with one object per row, keys in column order; lists are arrays, counts numbers.
    public static func json(_ result: QueryResult) -> String {
        if result.rows.isEmpty { return "[]\n" }
        var out = "[\n"
        for (r, row) in result.rows.enumerated() {
            out += "  {"
            for (i, cell) in row.enumerated() {
                if i > 0 { out += ", " }
                out += JSONText.quoted(result.columns[i].name) + ": "
                switch cell {
                case .text(let s): out += JSONText.quoted(s)
                case .int(let n): out += String(n)
                case .list(let l): out += "[" + l.map(JSONText.quoted).joined(separator: ", ") + "]"
                }
            }
            out += r == result.rows.count - 1 ? "}\n" : "},\n"
        }
        return out + "]\n"
    }

    /// RFC 4180: a header record, CRLF line ends, a field with a comma, quote,
    /// CR or LF (or leading/trailing space) quoted, quotes doubled. Table columns only.
    public static func csv(_ result: QueryResult) -> String {
        let visible = result.columns.indices.filter { result.columns[$0].inTable }
        var out = visible.map { csvField(result.columns[$0].name) }.joined(separator: ",") + "\r\n"
        for row in result.rows {
            out += visible.map { csvField(row[$0].text) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    public static func csvField(_ s: String) -> String {
        let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || s.hasPrefix(" ") || s.hasSuffix(" ")
        guard needsQuotes else { return s }
        var out = "\""
        for c in s.unicodeScalars {
            if c == "\"" { out += "\"\"" } else { out.unicodeScalars.append(c) }
        }
        return out + "\""
    }
}

extension String {
    func replacingNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }
}

/// Terminal display width: East Asian Wide and Fullwidth characters take two
/// columns, combining marks and zero-width characters none, the rest one.
public enum DisplayWidth {
    public static func of(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    public static func of(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        if v == 0 { return 0 }
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        switch c.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        return isWide(v) ? 2 : 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
            0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
