import NewsGraphCore
import NewsGraphExtraction
import NewsGraphLayout

/// Resolves the mentions of one page to canonical names (annotation-guidelines §2, §5).
///
/// Emits, in this order of precedence:
/// - `X（以下简称“Y”）`: Y, and names starting with Y, resolve to X's forms;
/// - a level-prefixed short form (`区总工会`, `县委`, `省人民医院`) resolves to the
///   one full name in its article (else in its document) that is a place ending
///   in that level plus the same rest (`大兴区` + `总工会`); of several, the one written last before it;
/// - a company's name without its legal form (`某港务集团`) is the one company written with it,
///   and so is the first word of its name with 公司 or 集团 (`某某公司`);
/// - a place name resolves to the one longer place that is it plus a level suffix (`宜昌` → `宜昌市`);
/// - a national body's short form (`全总`) resolves to the longest form of its
///   name group (`Rules/lexicons/name-groups.txt`) the document writes, and so does a
///   body named after it (`农行郴州分行` → `中国农业银行郴州分行`);
/// - a bare suffix at the head of a title chain (`医院党委副书记`) resolves to the
///   organization with that ending the document names most often (of a place written before
///   it in its clause, that place's: `斯里兰卡…领袖、政府总理`);
/// - a person's name drops padding spaces (`黄 涛` → `黄涛`); the last part of a foreign name
///   (`久卡诺维奇`) resolves to the one full name the document writes with it (`米洛·久卡诺维奇`).
public struct AliasResolver: Sendable {
    /// Words a short form may start with in place of the full place name (`区总工会`, `街道总工会`).
    public var levels: [String]
    public var placeSuffixes: [String]
    public var groups: NameGroups
    /// Short forms of kinds of bodies (`关工委` for `关心下一代工作委员会`, `Rules/lexicons/body-short-forms.txt`):
    /// a level-prefixed one (`区关工委`) is the body the document writes with its place and the full form.
    public var bodyShortForms: NameGroups

    public init(
        levels: [String] = ["自治区", "自治州", "自治县", "自治旗", "省", "市", "县", "区", "州", "旗", "镇", "乡", "村", "街道", "社区"],
        placeSuffixes: [String] = ["省", "市", "县", "区", "州", "旗", "镇", "乡", "自治区", "自治州", "自治县", "特别行政区"]
    ) {
        self.levels = levels
        self.placeSuffixes = placeSuffixes
        self.groups = NameGroups()
        self.bodyShortForms = NameGroups()
    }

    public init(groups: NameGroups, bodyShortForms: NameGroups = NameGroups()) {
        self.init()
        self.groups = groups
        self.bodyShortForms = bodyShortForms
    }

    public func resolve(_ extraction: Extraction, page: Page) -> ResolvedNames {
        var names = ResolvedNames()
        func set(_ m: Mention, _ name: String) {
            names.canonical[.init(m.kind, m.span)] = name
            if name != m.text { names.aliases[.init(m.kind, name), default: []].insert(m.text) }
        }
        let defined = extraction.aliases
        let orgs = extraction.mentions.filter { $0.kind == .organization }
        let places = extraction.mentions.filter { $0.kind == .location }
        let placeTexts = Set(places.map(\.text))
        // `米洛·久卡诺维奇 … 久卡诺维奇`: a foreign name's last part stands for the one full name
        // the document writes with it.
        var fullNames: [String: Set<String>] = [:]
        for m in extraction.mentions where m.kind == .person && m.text.contains("·") {
            let full = m.text.filter { !$0.isWhitespace }
            if let last = full.split(separator: "·").last, last.count >= 2 { fullNames[String(last), default: []].insert(full) }
        }

        // Bare back-references (`医院`) last: they count the names the others resolved to.
        let isBack = { (m: Mention) in AliasResolver.backReferenceRules.contains(m.rule) }
        let ordered = extraction.mentions.filter { !isBack($0) } + extraction.mentions.filter(isBack)
        for m in ordered {
            switch m.kind {
            case .person:
                let name = m.text.filter { !$0.isWhitespace }
                if let full = fullNames[name], full.count == 1 { set(m, full.first!) } else { set(m, name) }
            case .organization where isBack(m):
                let named = orgs.compactMap { o in names.canonical[.init(o.kind, o.span)].map { ($0, o.span.start) } }
                set(m, backReference(m, named: named, place: AliasResolver.placeInClause(before: m, places: places, text: page.text)))
            case .organization:
                set(m, organizationName(m, orgs: orgs, places: placeTexts, defined: defined, page: page))
            case .location:
                if let d = defined.first(where: { $0.alias.text == m.text }) {
                    set(m, d.full.text)
                } else {
                    // `务川` → `务川县` → `务川仡佬族苗族自治县`, as far as the document writes them.
                    let full = placeSuffixes.map({ m.text + $0 }).first(where: placeTexts.contains) ?? m.text
                    set(m, AliasResolver.autonomousName(of: full, among: placeTexts) ?? full)
                }
            default:
                set(m, m.text)
            }
        }
        // A defined short form is an alias of its full form even where it is not written alone.
        for d in defined {
            names.aliases[.init(d.full.kind, d.full.text), default: []].insert(d.alias.text)
        }
        return names
    }

    /// The place written last before `m` in its clause (no `，`, `。`, `；` or line break between).
    static func placeInClause(before m: Mention, places: [Mention], text: ScalarText) -> String? {
        guard let p = places.last(where: { $0.span.end <= m.span.start }) else { return nil }
        return (p.span.end..<m.span.start).contains(where: { clauseBreaks.contains(text[$0]) }) ? nil : p.text
    }

    static let clauseBreaks: Set<Unicode.Scalar> = ["，", "。", "；", "\n", ","]

    /// A company's or bank's branch named by its city (see the rule `org.branch`).
    static let branchSuffixes = ["分公司", "分行", "支行", "支公司", "营业部"]

    /// `麻阳` or `务川县` where the document writes `麻阳苗族自治县`, `务川仡佬族苗族自治县`: an
    /// autonomous division's short name leaves out its peoples (and may keep its level).
    static func autonomousName(of short: String, among places: Set<String>) -> String? {
        let stem = ["县", "州", "旗"].contains(where: short.hasSuffix) && short.count >= 3 ? String(short.dropLast()) : short
        guard stem.count >= 2 else { return nil }
        return places.filter { p in p.hasUTF8Prefix(stem) && p != short && ["自治县", "自治州", "自治旗"].contains(where: p.hasSuffix) }.min()
    }

    /// The rules whose mentions are bare suffixes standing for the document's
    /// own body (`医院党委副书记…`, `该院院长…`, `局党组书记…`, `督察组组长…`).
    static let backReferenceRules: Set<String> = ["org.bare-before-title", "org.demonstrative", "org.own-body-abbreviation", "org.team-again", "org.prefecture-committee-again"]
    static let demonstratives: [Character] = ["该", "本", "我"]
    /// A kind's word standing for a body whose name ends otherwise: `学校副校长` or `校党委书记`
    /// in a university's news, `该校` … (the names of that kind end in one of these); `行署专员` in a
    /// prefecture's news, its 行政公署.
    static let kindEndings: [String: [String]] = [
        "学校": ["学校", "大学", "学院", "中学", "小学", "幼儿园"], "校": ["学校", "大学", "学院", "中学", "小学", "党校"],
        "行署": ["行政公署", "行署"],
    ]

    /// `医院党委副书记…` at the head of a chain: the document's own hospital, the
    /// organization with that ending the document names most often; of several named
    /// as often, the one named last before it (`在甲公司，公司总经理…` after a list of companies).
    /// `该公司` names the one named last before it, however often another is named.
    /// A list of foreign leaders writes each one's country, and `政府` after it is that country's
    /// (`斯里兰卡人民联合阵线领袖、政府总理某某`), not the one government the page names elsewhere:
    /// given `place`, only a body named with it counts.
    func backReference(_ m: Mention, named: [(name: String, start: Int)], place: String? = nil) -> String {
        let suffix = AliasResolver.demonstratives.contains(m.text.first ?? " ") ? String(m.text.dropFirst()) : m.text
        let endings = AliasResolver.kindEndings[suffix] ?? [suffix]
        var seen: [String: (count: Int, lastBefore: Int)] = [:]
        // A school's name has a name before its kind (`中小学` is no school's).
        let shortest = endings.count > 1 ? suffix.count + 2 : suffix.count + 1
        for n in named where n.name != m.text && n.name.count >= shortest && endings.contains(where: n.name.hasSuffix) {
            if let place, !n.name.hasPrefix(place) { continue }
            var s = seen[n.name, default: (0, -1)]
            s.count += 1
            if n.start < m.span.start { s.lastBefore = max(s.lastBefore, n.start) }
            seen[n.name] = s
        }
        // `该公司` (the one just named) is the one named last before it.
        if m.text.hasPrefix("该"), let last = seen.filter({ $0.value.lastBefore >= 0 }).max(by: { $0.value.lastBefore < $1.value.lastBefore }) {
            return last.key
        }
        let best = seen.max { a, b in (a.value.count, a.value.lastBefore, b.key) < (b.value.count, b.value.lastBefore, a.key) }
        return best?.key ?? m.text
    }

    func organizationName(_ m: Mention, orgs: [Mention], places: Set<String>, defined: [AliasDefinition], page: Page) -> String {
        // `全总` where the document also writes `中华全国总工会`: the longest form it writes.
        let group = groups.group(of: m.text)
        if group.count > 1 {
            let written = Set(orgs.map(\.text))
            return group.filter(written.contains).max { $0.count < $1.count } ?? m.text
        }
        // `濂溪区关工委` where the document also writes `濂溪区关心下一代工作委员会`: the same body in full.
        if let full = fullForm(of: m.text, among: orgs) { return full }
        // `农行郴州分行` where the document also writes `中国农业银行郴州分行`: a body named after
        // its parent's short name is the one the document writes with the parent's full name.
        for (short, names) in groups.prefixed(m.text) {
            let rest = m.text.dropFirst(short.count)
            let longer = names.map { $0 + rest }.filter { full in full.count > m.text.count && orgs.contains { $0.text == full } }
            if let full = longer.max(by: { $0.count < $1.count }) { return full }
        }
        // `临江市中级人民法院（以下简称“临江中院”）… 临江中院院长`: the short form is the body.
        if let d = defined.first(where: { $0.alias.text == m.text }), d.full.kind == .organization { return d.full.text }
        // `北京经济技术开发区（以下简称“经开区”）总工会`, `临江市中级人民法院（以下简称“临江中院”）诉讼服务中心`:
        // the name after a definition goes on from the full place or body.
        if let d = defined.last(where: { $0.alias.span.end < m.span.start && m.span.start - $0.alias.span.end <= 2 }) {
            return d.full.text + m.text
        }
        // `经开区总工会` → `北京经济技术开发区总工会` (not the full name itself, `某某纺织有限公司` for `某某纺织`).
        for d in defined where m.text.hasUTF8Prefix(d.alias.text) && m.text != d.alias.text && !d.full.text.hasUTF8Suffix(m.text) {
            let expanded = d.full.text + m.text.dropFirst(d.alias.text.count)
            return expanded
        }
        // The bodies named in the same article (computed only for the short forms below).
        func inArticle() -> [Mention] {
            let article = page.articles.first { $0.span.contains(m.span) }
            return orgs.filter { o in article.map { $0.span.contains(o.span) } ?? true }
        }
        // `集团公司党委书记` in a group's own news: the one group company the article names.
        if AliasResolver.groupSelfReferences.contains(m.text) {
            let groups = Set(inArticle().map(\.text).filter { $0.count > m.text.count && $0.contains("集团") && $0.hasUTF8Suffix("公司") })
            return groups.count == 1 ? groups.first! : m.text
        }
        // `人保财险岳阳市分公司党委书记` read as `岳阳市分公司`, where the document writes the branch's
        // full name (`某保险股份有限公司岳阳市分公司`): that one branch.
        if AliasResolver.branchSuffixes.contains(where: m.text.hasSuffix), m.text.count >= 5,
            let full = AliasResolver.one(Set(orgs.map(\.text).filter { $0.count > m.text.count && $0.hasUTF8Suffix(m.text) }))
        {
            return full
        }
        // `临海港务集团` where the document writes `钦州临海港务集团有限公司`: a company's name without
        // its legal form (and the place it opens with, and its trade: `CompanyName.cores`) is that company.
        if let full = AliasResolver.one(Set(orgs.map(\.text).filter { full in
            CompanyName.cores(of: full).contains(m.text) || CompanyName.legalForms.contains { form in
                guard full.hasUTF8Suffix(form), full.dropLast(form.count).hasUTF8Suffix(m.text) else { return false }
                let head = String(full.dropLast(form.count + m.text.count))
                // (A place short enough to be one, when the document does not write it alone.)
                return head.isEmpty || places.contains(head) || (head.count <= 3 && m.text.count >= 4)
            }
        })) {
            return full
        }
        // `某某公司` where the document writes `深圳某某智能装备有限公司`: the first word of a
        // company's name (after its place) and 公司 or 集团 is that company.
        if let word = AliasResolver.companyWords.first(where: { m.text.hasUTF8Suffix($0) }), m.text.count - word.count >= 2,
            let full = AliasResolver.one(Set(orgs.map(\.text).filter { CompanyName.isCompany($0, openingWith: m.text.dropLast(word.count)) }))
        {
            return full
        }
        guard let level = levels.first(where: { m.text.hasUTF8Prefix($0) && m.text.count > $0.count }) else {
            // `消防救援支队开展演练` over `市消防救援支队在…`: a body written with neither place nor
            // level is the one its article writes with them.
            let placed = inArticle().map(\.text).filter { full in
                guard full.count > m.text.count, full.hasUTF8Suffix(m.text) else { return false }
                let place = String(full.dropLast(m.text.count))
                return levels.contains(place) || placeSuffixes.contains(where: place.hasSuffix) || AliasResolver.ownersOfNationalBodies.contains(place)
            }
            return AliasResolver.one(Set(placed)) ?? m.text
        }
        let rest = m.text.dropFirst(level.count)
        // `区检察院` → `东城区人民检察院`: the full name may write 人民 between the place and the rest;
        // `县政协` → `中国人民政治协商会议某县委员会`: or write the body's full name around the place.
        let longForm = AliasResolver.longForms[String(rest)]
        // `区关工委` → `某区关心下一代工作委员会`: the rest as written or in full.
        let rests = bodyShortForms.group(of: String(rest))
        func candidates(_ pool: [Mention]) -> Set<String> {
            // `市委` alone is the Party's committee of the city, never another party's (`九三学社某市委`).
            let pool = rest == "委" ? pool.filter { $0.rule != AliasResolver.nationalBodyOfficeRule } : pool
            return Set(
                pool.map(\.text).filter { full in
                    guard full.count > m.text.count else { return false }
                    if let (prefix, suffix) = longForm, full.hasUTF8Prefix(prefix), full.hasUTF8Suffix(suffix) {
                        return full.dropLast(suffix.count).hasUTF8Suffix(level)
                    }
                    if AliasResolver.bareKinds.contains(String(rest)) { return isBody(full, ofLevel: level, kind: String(rest)) }
                    guard let tail = rests.first(where: { full.hasUTF8Suffix($0) }) else { return false }
                    let place = full.dropLast(tail.count)
                    return place.hasUTF8Suffix(level) || place.hasUTF8Suffix(level + "人民")
                }.map { fullForm(of: $0, among: orgs) ?? $0 })  // `濂溪区关工委` and its full form: one body
        }
        let articleOrgs = inArticle()
        let local = candidates(articleOrgs)
        if let full = AliasResolver.one(local) {
            return writesAnotherPlaceFirst(m, level: level, full: full, orgs: articleOrgs) ? m.text : full
        }
        // `湖南省委书记甲，省委副书记、省长乙` on a page that names two provinces' committees: the
        // one written last before it.
        if local.count > 1, let last = orgs.last(where: { o in
            o.span.end <= m.span.start && local.contains(fullForm(of: o.text, among: orgs) ?? o.text)
        }) {
            return fullForm(of: last.text, among: orgs) ?? last.text
        }
        return AliasResolver.one(candidates(orgs)) ?? m.text
    }

    /// `市河长办` in a prefecture's news that names `宜昌市水利和湖泊局` before it and a county-level
    /// city's `当阳市河长办` only after it: the short form is the home city's body, not the one full
    /// name of its kind. True when `full` is first written after `m` and a body written before `m`
    /// opens with another place of the same level.
    func writesAnotherPlaceFirst(_ m: Mention, level: String, full: String, orgs: [Mention]) -> Bool {
        let before = orgs.filter { $0.span.end <= m.span.start }
        if before.contains(where: { $0.text == full || fullForm(of: $0.text, among: orgs) == full }) { return false }
        return before.contains { o in
            guard let r = o.text.firstRange(of: level) else { return false }
            let place = o.text[..<r.upperBound]
            return (3...5).contains(place.count) && !full.contains(place)
        }
    }

    /// `name` with its ending short form (`body-short-forms.txt`) written in full, when the document
    /// writes that name: the longest ending first.
    func fullForm(of name: String, among orgs: [Mention]) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count > 2 else { return nil }
        for k in stride(from: min(scalars.count - 1, 8), through: 2, by: -1) {
            let head = String(String.UnicodeScalarView(scalars[..<(scalars.count - k)]))
            let tail = String(String.UnicodeScalarView(scalars[(scalars.count - k)...]))
            // The full form is its group's last name: a name written in full stays so.
            guard let full = bodyShortForms.group(of: tail).last, full != tail else { continue }
            // `临江中院`: a place's short name before a body's short form may stand for it with its level.
            for level in ["", "市", "县", "区", "省"] where level.isEmpty || !placeSuffixes.contains(where: head.hasSuffix) {
                let written = head + level + full
                if orgs.contains(where: { $0.text == written }) { return written }
            }
        }
        return nil
    }

    /// The last characters a bureau's or department's own news names it by after its level
    /// (`市局`, `省厅`: rule `org.level-bare-bureau`).
    static let bareKinds: Set<String> = ["局", "厅"]
    /// Words of bodies' kinds that hold a level's character (`市场监督管理局`, `城市管理局`).
    static let kindWordsWithLevel = ["市场", "城市", "市政", "市容", "社区", "地区", "园区", "景区", "矿区", "库区"]

    /// Whether `full` is a body of `kind` (its last character) written with a place of `level` and
    /// no lower place after it (`某省某市审计局` is no `省局`).
    func isBody(_ full: String, ofLevel level: String, kind: String) -> Bool {
        guard full.hasUTF8Suffix(kind), let r = full.firstRange(of: level), r.lowerBound != full.startIndex else { return false }
        var rest = String(full[r.upperBound...])
        for word in AliasResolver.kindWordsWithLevel { rest = rest.replacing(word, with: "") }
        return rest.count > kind.count && !levels.contains(where: rest.contains)
    }

    /// Bodies whose full name writes the place inside it: short name → (prefix, suffix) around the place.
    static let longForms: [String: (prefix: String, suffix: String)] = [
        "政协": ("中国人民政治协商会议", "委员会"), "党委": ("中共", "委员会"), "委": ("中共", "委员会"),
    ]

    /// The rule of a national body's local office or a party's committee of a place (`Rules/zh/organization.rules`).
    static let nationalBodyOfficeRule = "org.national-body-office"

    /// The names a national or UN body is written after (`中国外交部`, `联合国安理会`) and as often
    /// without (`外交部`, `安理会`): one body. (Another state's are not: `国务院` alone is China's.)
    static let ownersOfNationalBodies: Set<String> = ["中国", "中华人民共和国", "联合国"]

    /// The words a company's short name ends in (`某某公司`, `某某集团`).
    static let companyWords = ["公司", "集团"]


    /// How a group company's news names the group itself.
    static let groupSelfReferences: Set<String> = ["集团公司", "集团"]

    /// The one body `names` stand for: the only name, or the longest when every other is its
    /// tail (`山东庄镇机关工会` written once with its district before it and once without).
    static func one(_ names: Set<String>) -> String? {
        guard let longest = names.max(by: { ($0.count, $1) < ($1.count, $0) }) else { return nil }
        return names.allSatisfy { longest.hasUTF8Suffix($0) } ? longest : nil
    }
}
