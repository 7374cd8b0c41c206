import NewsGraphCore

/// The words and text tests the event extractor reads an article with.
extension EventExtractor {
    /// Rules of places that continue a chain of divisions (`南岸区南坪街道`), down to a village or a
    /// venue (`在白兔潭镇大障村`, `在某市某区世茂广场`), the most specific place of the chain.
    static let divisionRules: Set<String> = [
        "location.division", "location.division-short", "location.county-short", "location.town", "location.town-by-suffix",
        "location.zone", "location.village", "location.venue", "location.venue-of-level", "location.named-venue",
        "location.named-venue-in-capital", "location.station", "location.reservoir", "location.zone-named",
    ]

    /// The annotation kinds the event reader reads, besides the attendance cues (`roleKinds`).
    static let readKinds: Set<String> = ["Event", "Organization", "Location", "organizing", "at", "date"]

    /// What an event does right after `在` + its place (`在县体育馆隆重开幕`).
    static let happeningWords = WordSearch([
        "开幕", "闭幕", "落幕", "帷幕", "举行", "举办", "召开", "开展", "启动", "开班", "揭牌", "会见", "会谈", "进行", "鸣枪", "开跑", "开赛", "开营", "作题为", "作报告",
    ])

    /// `locations` without the places another of them is more specific than: `赴某县` in the headline,
    /// `赴某县某镇` in the body (the place the chain ends in says it); a venue named with its city
    /// (`在阜阳市奥体中心体育馆`) over the city (`在阜阳落幕`, resolved later to `阜阳市`).
    static func mostSpecific(_ locations: [Mention], places: [Mention], annotations: [Annotation], text: ScalarText) -> [Mention] {
        func chainBefore(_ p: Mention) -> [String] {
            var p = p, out: [String] = []
            while divisionRules.contains(p.rule), let previous = places.first(where: { $0.span.end == p.span.start }) {
                out.append(previous.text)
                p = previous
            }
            return out
        }
        let inside = locations.flatMap { l in
            annotations.first { $0.kind == "Location" && $0.span == l.span }?.children.filter { $0.kind == "Location" }.map { text.string($0.span) } ?? []
        }
        let heads = locations.flatMap(chainBefore) + inside
        return locations.filter { l in !heads.contains { $0 == l.text || $0.count == l.text.count + 1 && $0.hasUTF8Prefix(l.text) } }
    }

    /// Rules of places at county level or above (`赣州市`, `于都县`, `潍坊`).
    static let countyOrLargerRules: Set<String> = ["location.division", "location.division-short", "location.county-short"]

    /// Rules of rivers, lakes and mountains (`湘江`, `洞庭湖`, `黄柏河`).
    public static let naturalFeatureRules: Set<String> = ["location.natural-feature", "location.natural-feature-short", "location.water-before-chief"]

    /// Words before what a clause is about (`围绕湘江流域生态保护`).
    static let topicWords: Set<String> = ["围绕", "聚焦", "关于", "对于"]

    /// Rules of places at town level or below (`玉潭街道`, `大障村`).
    static let townRules: Set<String> = ["location.town", "location.town-by-suffix", "location.village"]

    /// Whether the speaker cue at `span` is something done at a meeting: one of `meetingActs`, or
    /// 介绍了 (`某某介绍了改革情况`: a report given there, where `某某介绍，…` may quote a source).
    static func isMeetingAct(_ span: TextSpan, _ text: ScalarText) -> Bool {
        let word = text.string(span)
        return meetingActs.contains(word) || (word == "介绍" && span.end < text.count && text[span.end] == "了")
    }

    /// Speaker cues that are acts of a meeting (a speech, a report, the work laid out), not a
    /// comment anyone may make: their speaker attends wherever the article writes them.
    static let meetingActs: WordSet = ["讲话", "致辞", "发言", "作报告", "作题为", "致开幕词", "致开幕辞", "致贺辞", "宣读", "部署", "总结", "汇报", "通报", "回答记者提问", "回答了记者提问"]

    /// Visits written as their verbs, whose object is the place visited (`视察昆都仑区`, `走访慰问甲镇`).
    static let visitVerbs: WordSet = ["视察", "考察", "调研", "走访", "巡查", "慰问", "走访慰问", "看望慰问", "督导", "督查"]

    /// What joins a list of bodies before their verb (`甲、乙联合开展`).
    static let listJoiners: WordSet = ["、", "和", "与", "及", "联合", "会同"]

    /// What opens a body's name or stands before it when the text means its own (`该镇党委`, `本单位`).
    static let ownReferences: [Unicode.Scalar] = ["该", "本", "我"]

    /// Whether the place cue at `span` is `在` or `位于` (where something is, not a move to it).
    static func isStay(_ span: TextSpan, _ text: ScalarText) -> Bool {
        span.length == 1 ? text[span.start] == "在" : span.length == 2 && text[span.start] == "位" && text[span.start + 1] == "于"
    }

    /// Words saying how an occasion is held, between where and the verb (`在甲广场联合举办`).
    static let verbManners: WordSet = ["联合", "共同", "隆重", "正式"]

    /// Words of a wish: where they send someone is not where the event is (`欢迎更多企业到甲国考察`).
    static let wishWords = WordSearch(["欢迎", "希望", "期待", "鼓励"])

    /// Whether `position` is inside a quotation (`“…”`) opened in its paragraph.
    static func isQuoted(_ position: Int, _ text: ScalarText) -> Bool {
        var i = position - 1
        while i >= 0, text[i] != "\n" {
            if text[i] == "”" { return false }
            if text[i] == "“" { return true }
            i -= 1
        }
        return false
    }

    /// `gap` without the definition of a short form it opens with (`（以下简称“Y”）、` → `、`).
    static func withoutDefinition(_ gap: String) -> String {
        guard gap.hasUTF8Prefix("（以下简称") || gap.hasUTF8Prefix("(以下简称"), let close = gap.firstIndex(where: { $0 == "）" || $0 == ")" })
        else { return gap }
        return String(gap[gap.index(after: close)...])
    }

    /// What may stand between an organizer and its verb: nothing, a time or a
    /// place (`今天在京举行`), never a clause (`有关负责人开展`) or a plan (`将常态化开展`).
    static func isSubjectGap(_ gap: String) -> Bool {
        if gap.isEmpty { return true }  // the common case, without the tests by character below
        // `由X（以下简称“Y”）主办`: the definition of a short form stands between a body and its verb.
        let gap = Substring(withoutDefinition(gap))
        // `X联合Y，在滨江产业园开展`: where it happens may stand between them, after a comma.
        // (`在` and `于` are a scalar each: where neither is written, no character is compared.)
        if gap.unicodeScalars.contains(where: { $0 == "在" || $0 == "于" }), let at = gap.firstIndex(where: { $0 == "在" || $0 == "于" }),
            gap[..<at].allSatisfy({ $0 == "，" || $0 == "," })
        {
            let place = gap[gap.index(after: at)...]
            return place.dropFirst(12).isEmpty && !place.contains { "，,。的将拟".contains($0) }
        }
        // (At most six characters: counting them stops at the seventh.)
        return gap.dropFirst(6).isEmpty && !gap.unicodeScalars.contains { $0 == "，" || $0 == "," || $0 == "的" || $0 == "将" || $0 == "拟" }
    }

    /// Whether `start..<end` is titles and the marks between them (`党组书记、常务副主席`), and not empty.
    static func onlyTitles(between start: Int, and end: Int, _ titles: [Mention], _ text: ScalarText) -> Bool {
        guard start < end else { return false }
        var at = start
        while at < end {
            if let t = titles.first(where: { $0.span.start == at && $0.span.end <= end }) {
                at = t.span.end
            } else if text[at] == "、" || text[at] == " " {
                at += 1
            } else {
                return false
            }
        }
        return true
    }

    /// Whether `start..<end` is a short-form definition, `（以下简称“园区”）`.
    static func isDefinition(_ text: ScalarText, from start: Int, to end: Int) -> Bool {
        guard end - start >= 7, end - start <= 20 else { return false }
        let between = text.string(start, end)
        return (between.hasUTF8Prefix("（以下简称") || between.hasUTF8Prefix("(以下简称")) && (between.hasUTF8Suffix("）") || between.hasUTF8Suffix(")"))
    }

    /// The Organization annotation with this span, also one inside another (`朝阳区政府` inside the
    /// event `朝阳区政府与工会联席会议`).
    static func organization(at span: TextSpan, in annotations: [Annotation]) -> Annotation? {
        for a in annotations where a.span.contains(span) {
            if a.kind == "Organization" && a.span == span { return a }
            if let inner = organization(at: span, in: a.children) { return inner }
        }
        return nil
    }

    /// The first mention of each name. (A record's few organizers and places: comparing
    /// them costs less than hashing each name.)
    static func unique(_ ms: [Mention]) -> [Mention] {
        var out: [Mention] = []
        for m in ms where !out.contains(where: { $0.text == m.text }) { out.append(m) }
        return out
    }

    /// `活动`, `会议`, `会上`, `此次`: the sentence speaks of the article's event.
    /// A meeting's or a ceremony's name (`…工作会议`, `…工作会及现场拉练会`, `…开工仪式`, `…开班典礼`).
    static func isMeeting(_ label: String) -> Bool {
        let scalars = ScalarText([Unicode.Scalar](scalarsOf: label))
        return meetingMarks.occurs(in: TextSpan(0, scalars.count), of: scalars)
    }

    static let meetingMarks = WordSearch(["会", "仪式", "典礼", "开幕式", "闭幕式", "开营式", "开班式", "结业式", "开工式", "揭牌式", "启动式", "论坛", "峰会"])

    static func refersBack(_ sentence: TextSpan, _ text: ScalarText) -> Bool {
        backReferences.occurs(in: sentence, of: text)
    }

    /// Whether `sentence` lists who came to what the sentence before tells (`…接受7国新任驻华大使递交
    /// 国书。他们是：…`), not whom it appointed or honoured (`会议任命了…组成人员。他们是：…`), nor who
    /// wrote from afar (`多国领导人致电…表示慰问。他们是：…`).
    static func listsThoseWhoCame(_ sentence: TextSpan, after previous: TextSpan, _ text: ScalarText) -> Bool {
        listOpeners.first(in: sentence, of: text)?.start == sentence.start && !notPresent.occurs(in: previous, of: text)
    }

    static let listOpeners = WordSearch(["他们是：", "她们是："])
    static let notPresent = WordSearch(["任命", "任免", "选举", "增补", "当选", "表彰", "授予", "命名", "致电", "致函", "致信", "贺电", "贺信", "唁电", "评选", "评为", "入选", "获评", "荣获"])

    /// Whether `据` opens the clause of the name at `span` (`据公司工会主席某某介绍`): no
    /// punctuation between them.
    static func citedAsSource(_ span: TextSpan, in sentence: TextSpan, _ text: ScalarText) -> Bool {
        var i = span.start - 1
        while i >= sentence.start, !clauseBreaks.contains(text[i]) {
            if text[i] == "据" { return true }
            i -= 1
        }
        return false
    }

    static let clauseBreaks: Set<Unicode.Scalar> = ["，", "。", "；", "：", "！", "？", "“", "”", ",", ";", ":", "!", "?", "\n"]

    /// Words that make a gap before an organizing verb name a body's people (`X联合Y有关负责人开展`).
    static let peopleWords = WordSearch(["负责人", "人员", "代表"])
    /// The members of a visiting group (`委员们先后来到…`): where they go is where a visit with no
    /// place of its own happens.
    static let groupWords = WordSearch(["委员们", "代表们", "专家们"])
    /// The event's scene, named again (`活动现场`, `在现场`): who is there attends.
    static let sceneWords = WordSearch(["现场"])
    static let backReferences = WordSearch([
        "会上", "会议", "此次", "活动中", "调研中", "座谈时", "座谈中", "期间", "一行", "会商中", "仪式上",
        // The visiting group (`检查组先后来到…`) and a contest's course (`经过激烈角逐`, `赛后`).
        "检查组", "调研组", "视察组", "督导组", "督查组", "慰问组", "考察组", "执法检查组", "角逐", "赛后",
        "该案",  // a trial's bench and prosecutor (`该案由某某担任审判长`)
    ])

    /// Whether one of `sentences` (sorted and not overlapping, as `sentences(of:in:)` cuts them) contains `span`.
    static func anyContains(_ sentences: [TextSpan], _ span: TextSpan) -> Bool {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if sentences[mid].start <= span.start { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && sentences[lo - 1].contains(span)
    }

    /// Sentences of a span: cut after `。！？；` and at line ends.
    static func sentences(of span: TextSpan, in text: ScalarText) -> [TextSpan] {
        var out: [TextSpan] = []
        var start = span.start
        text.scalars.withUnsafeBufferPointer { s in
            for i in span.start..<span.end {
                let c = s[i]
                if c == "。" || c == "！" || c == "？" || c == "；" || c == "\n" {
                    if i + 1 > start { out.append(TextSpan(start, i + 1)) }
                    start = i + 1
                }
            }
        }
        if start < span.end { out.append(TextSpan(start, span.end)) }
        return out
    }

    /// The year the document's dates are in: the first year written with a month (`2023年1月`,
    /// `2023-01-09`), else the first one written otherwise (`2024年职工创新成果展`) but as a time the
    /// article looks back from (`1994年，他带着6名工人起步`, `2019年以来`): then none (graph model:
    /// `startDate` only when the date is known).
    static func documentYear(_ text: ScalarText) -> String? {
        let found: Int? = text.scalars.withUnsafeBufferPointer { s in
            func isYear(_ i: Int) -> Bool {
                ((s[i] == "1" && s[i + 1] == "9") || (s[i] == "2" && s[i + 1] == "0"))
                    && (i == 0 || !isDigit(s[i - 1])) && (i..<(i + 4)).allSatisfy({ isDigit(s[$0]) }) && (s[i + 4] == "年" || s[i + 4] == "-")
            }
            // Whether a month follows the year at `i` (`年1月`, `-01`).
            func opensDate(_ i: Int) -> Bool {
                var j = i + 5
                while j < s.count, j < i + 7, isDigit(s[j]) { j += 1 }
                return j > i + 5 && (s[i + 4] == "-" || (j < s.count && s[j] == "月"))
            }
            var bare: Int? = nil
            var i = 0
            while i + 4 < s.count {
                if isYear(i) {
                    if opensDate(i) { return i }
                    if bare == nil, i + 5 >= s.count || !lookBackMarks.contains(s[i + 5]) { bare = i }
                    i += 5
                } else {
                    i += 1
                }
            }
            return bare
        }
        return found.map { text.string($0, $0 + 4) }
    }

    /// What follows `YYYY年` when the year is a time the article looks back from or to
    /// (`1994年，`, `2019年以来`, `2020年起`, `2023年底`).
    static let lookBackMarks: Set<Unicode.Scalar> = ["，", ",", "、", "以", "至", "起", "前", "底", "初", "末", "时"]

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// `1月9日上午` with year 2023 → `2023-01-09`; a written year wins over the document's.
    static func iso(_ written: String, year: String?) -> String? {
        let digits = written.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).map(String.init)
        let hasYear = written.contains("年")
        let parts: [String]
        if hasYear && digits.count >= 3 { parts = Array(digits.prefix(3)) } else if let year, !hasYear, digits.count >= 2, written.contains("月") {
            parts = [year] + digits.prefix(2)
        } else {
            return nil
        }
        guard parts[0].count == 4, let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return "\(parts[0])-" + (m < 10 ? "0\(m)" : "\(m)") + "-" + (d < 10 ? "0\(d)" : "\(d)")
    }
}
