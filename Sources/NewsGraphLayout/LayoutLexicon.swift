import Foundation
import NewsGraphCore

/// The word lists page layout reads by, loaded at run time from `Rules/layout/`.
///
/// Datelines, byline roles, page furniture and surnames change with the sources
/// read, not with the code: keeping them as data lets a new outlet or menu word
/// be added without a rebuild. Files: `datelines.txt`, `byline-roles.txt`,
/// `furniture.txt`, `surnames.txt` (formats in each file's header).
public struct LayoutLexicon: Sendable {
    /// A role word of a byline: who the names after (or before) it are.
    struct RoleWord: Sendable, Hashable {
        /// nil for people named in a byline who are not authors (editors, publishers).
        var role: AuthorRole?
        /// Written after the names it qualifies (`方远 摄`).
        var isSuffix: Bool
        /// A suffix that gives its role only to names that have none yet (`记者 甲 通讯员 乙 报道`).
        var keepsEarlierRole = false
    }

    // datelines.txt
    var datelineEndings = WordList()
    var selfOutlets = WordList()
    var outlets = WordList()
    var outletSuffixes = WordList()
    var dates = WordList()
    // byline-roles.txt: values index `roleWords`
    var roles = WordList()
    var roleWords: [RoleWord] = []
    // furniture.txt
    var furniturePrefixes = WordList()
    var furnitureWords = WordList()
    var menuWords = WordList()
    var metaWords = WordList()
    /// Both lists above, for their first scalars only: the furniture check looks for either in one pass.
    var furnitureOrMetaWords = WordList()
    /// Words a slogan opens with (`学习贯彻`, `奋力`): such a line above a headline is a banner.
    var sloganOpeners = WordList()
    /// A transcript's section labels (`【同期】`): a line opening with one is never a headline.
    var transcriptLabels = WordList()
    // surnames.txt: rank by frequency, 1 = most common
    var surnames = SurnameTable()

    init() {}

    /// Loads `layout/*.txt` from a rules directory (the repository's `Rules/`).
    public static func load(rulesDirectory: String) throws(NewsGraphError) -> LayoutLexicon {
        var lexicon = LayoutLexicon()
        let dir = (rulesDirectory as NSString).appendingPathComponent("layout")

        try readEntries(dir, "datelines.txt") { (entry, value, file, line) throws(NewsGraphError) in
            let pattern = ScalarPattern(entry)
            switch value.first {
            case "ending": lexicon.datelineEndings.add(pattern)
            case "self": lexicon.selfOutlets.add(pattern)
            case "outlet": lexicon.outlets.add(pattern)
            case "suffix": lexicon.outletSuffixes.add(pattern)
            case "date": lexicon.dates.add(pattern)
            default:
                throw NewsGraphError(
                    file: file, line: line,
                    message: "unknown dateline kind '\(value.first ?? "")' (ending, self, outlet, suffix, date)")
            }
        }

        try readEntries(dir, "byline-roles.txt") { (entry, value, file, line) throws(NewsGraphError) in
            guard let roleText = value.first else {
                throw NewsGraphError(file: file, line: line, message: "role word '\(entry)' needs a role after a tab")
            }
            var word = RoleWord(role: nil, isSuffix: false)
            if roleText != "-" {
                guard let role = AuthorRole(rawValue: roleText) else {
                    throw NewsGraphError(
                        file: file, line: line, message: "unknown role '\(roleText)' (记者, 通讯员, 摄影, 作者, -)")
                }
                word.role = role
            }
            if value.count > 1 {
                guard value[1] == "after" || value[1] == "after-unassigned" else {
                    throw NewsGraphError(file: file, line: line, message: "unknown flag '\(value[1])' (after, after-unassigned)")
                }
                word.isSuffix = true
                word.keepsEarlierRole = value[1] == "after-unassigned"
            }
            lexicon.roles.add(ScalarPattern(entry), value: lexicon.roleWords.count)
            lexicon.roleWords.append(word)
        }

        try readEntries(dir, "furniture.txt") { (entry, value, file, line) throws(NewsGraphError) in
            let pattern = ScalarPattern(entry)
            switch value.first {
            case "prefix": lexicon.furniturePrefixes.add(pattern)
            case "contains":
                lexicon.furnitureWords.add(pattern)
                lexicon.furnitureOrMetaWords.add(pattern)
            case "token": lexicon.menuWords.add(pattern)
            case "meta":
                lexicon.metaWords.add(pattern)
                lexicon.furnitureOrMetaWords.add(pattern)
            case "slogan": lexicon.sloganOpeners.add(pattern)
            case "label": lexicon.transcriptLabels.add(pattern)
            default:
                throw NewsGraphError(
                    file: file, line: line,
                    message: "unknown furniture kind '\(value.first ?? "")' (prefix, contains, token, meta, slogan, label)")
            }
        }

        var rank = 0
        try readEntries(dir, "surnames.txt") { (entry, value, file, line) throws(NewsGraphError) in
            let scalars = Array(entry.unicodeScalars)
            guard scalars.count <= 2, scalars.allSatisfy(ScalarClass.isIdeograph) else {
                throw NewsGraphError(file: file, line: line, message: "a surname is one or two ideographs, not '\(entry)'")
            }
            rank += 1
            lexicon.surnames.add(scalars, rank: rank)
        }
        return lexicon
    }

    /// Reads `entry<TAB>value…` lines, skipping blanks and `#` comments; `body` gets file:line for errors.
    private static func readEntries(
        _ dir: String, _ name: String,
        _ body: (String, [String], String, Int) throws(NewsGraphError) -> Void
    ) throws(NewsGraphError) {
        let path = (dir as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NewsGraphError(file: path, message: "cannot read rules file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NewsGraphError(file: path, message: "rules file is not UTF-8")
        }
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.trimmingCharacters(in: .whitespaces).isEmpty || isComment(line) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let entry = fields[0]
            guard !entry.isEmpty else {
                throw NewsGraphError(file: path, line: lineNumber, message: "empty entry before a tab")
            }
            try body(entry, Array(fields.dropFirst()).filter { !$0.isEmpty }, path, lineNumber)
        }
    }

    /// A line starting with `#` is a comment unless it holds a tab: `#月#日<TAB>date` is an entry.
    private static func isComment(_ line: String) -> Bool {
        line.hasPrefix("#") && !line.contains("\t")
    }
}
