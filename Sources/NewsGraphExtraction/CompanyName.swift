import NewsGraphCore

/// How news writes a company again after naming it in full: without its legal form, and often
/// without the place it opens with (`深圳某某智能装备有限公司 … 某某智能装备董事长`), or its trade.
public enum CompanyName {
    /// The legal forms a company's full name ends in, longest first.
    public static let legalForms = ["股份有限公司", "有限责任公司", "有限公司"]

    /// Words of a company's trade its short name leaves out (`某某安防服务有限公司` → `某某安防`).
    static let tradeWords = ["科技", "服务", "实业", "技术", "发展", "管理"]

    /// How many characters of a place a company's name may open with (none, `深圳`, `钦州市`).
    static let placeLengths = [0, 2, 3]

    /// The names `full` may be written again by: without its legal form (and a trade word before
    /// it), and without the place it may open with. At least four characters each: a shorter rest
    /// is a common word as often as a name.
    public static func cores(of full: String) -> [String] {
        guard let form = legalForms.first(where: { full.hasUTF8Suffix($0) }) else { return [] }
        let name = Array(full.unicodeScalars.dropLast(form.unicodeScalars.count))
        var names = [name]
        if let trade = tradeWords.first(where: { name.suffix($0.unicodeScalars.count).elementsEqual($0.unicodeScalars) }) {
            names.append(Array(name.dropLast(trade.unicodeScalars.count)))
        }
        return names.flatMap { core in
            placeLengths.compactMap { k in core.count - k >= 4 ? String(String.UnicodeScalarView(core[k...])) : nil }
        }
    }

    /// Whether `full` is a company whose name, after the place it may open with, opens with `word`
    /// (`深圳某某智能装备有限公司` for `某某`, `安吉某某食品有限公司` for `某某食品`): `某某公司` names it.
    public static func isCompany(_ full: String, openingWith word: Substring) -> Bool {
        guard let form = legalForms.first(where: { full.hasUTF8Suffix($0) }) else { return false }
        let name = full.dropLast(form.count)
        return placeLengths.contains { k in name.dropFirst(k).hasPrefix(word) }
    }
}
