import Foundation

/// Reads word-list files: one entry a line, `#` comments, blank lines ignored;
/// an entry is the line's first tab-separated field, trimmed.
public enum LexiconLoader {
    public static func read(_ path: String, displayName: String) throws(RuleDiagnostic) -> [LexiconEntry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleDiagnostic(.missingFile, SourceLocation(file: displayName, line: 0, column: 0), "cannot read lexicon file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleDiagnostic(.missingFile, SourceLocation(file: displayName, line: 0, column: 0), "lexicon file is not UTF-8")
        }
        var out: [LexiconEntry] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let field = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let entry = field.trimmed
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            out.append(LexiconEntry(text: entry, location: SourceLocation(file: displayName, line: i + 1, column: 1, text: String(line))))
        }
        return out
    }
}
