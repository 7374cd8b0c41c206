import Foundation

/// SplitMix64: small, fast, and the same sequence on every platform for a seed.
public struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// 0..<n without `Int.random`'s implementation-defined rejection sampling.
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    public mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
}

/// A deterministic generator of Chinese local-news pages: a banner, then articles
/// (headline, `本报讯（记者 …）` byline, paragraphs) about unions, government, courts,
/// schools, hospitals, companies and sports, with invented people (surname + given
/// name), their titles, and organizations prefixed by real place names read from
/// `Rules/lexicons/divisions-*.txt`. About half the pages carry PDF line breaks
/// (lines cut at a fixed width, a blank line between the pieces).
///
/// The output depends only on the seed and the lexicon files: same seed, same bytes.
public struct SyntheticCorpus {
    var rng: SplitMix64
    let provinces: [String]
    let cities: [String]
    let counties: [String]
    let towns: [String]
    public private(set) var documentCount = 0

    public init(seed: UInt64 = 20_240_101, rulesDirectory: String = Paths.rulesDirectory) throws {
        rng = SplitMix64(seed: seed)
        func list(_ name: String) throws -> [String] {
            let text = try String(contentsOfFile: rulesDirectory + "/lexicons/" + name, encoding: .utf8)
            return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        provinces = try list("divisions-province.txt").filter { $0.hasSuffix("省") }
        cities = try list("divisions-city.txt").filter { $0.hasSuffix("市") }
        counties = try list("divisions-county.txt").filter { $0.hasSuffix("县") || $0.hasSuffix("区") || $0.hasSuffix("市") }
        towns = try list("divisions-town.txt").filter { $0.hasSuffix("镇") || $0.hasSuffix("街道") || $0.hasSuffix("乡") }
        precondition(!provinces.isEmpty && !cities.isEmpty && !counties.isEmpty && !towns.isEmpty, "empty division lists")
    }

    // MARK: Word lists (written for this generator)

    static let surnames = Array("王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文").map(String.init)
    static let compoundSurnames = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫"]
    static let givenChars = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宏海波晓东晨阳欣怡子涵浩然宇轩思远文博嘉俊凯峰雪梅丹婷慧颖佳琪嘉瑞德荣春林永福成昊天一鸣新民立群世杰家豪").map(String.init)
    static let brands = ["华兴", "宏达", "金鼎", "恒通", "新程", "瑞丰", "鑫源", "中科", "天成", "远航", "博创", "长青", "和泰", "光明", "润达", "安康"]
    static let industries = ["机械制造", "电子科技", "建设工程", "食品", "物流", "新材料", "汽车零部件", "纺织", "医药", "能源", "信息技术", "环保科技"]
    static let newspapers = ["日报", "晚报", "工人报", "法治报", "教育报", "健康报"]
    static let weekdays = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
    static let sections = ["要闻", "综合新闻", "工会", "民生", "法治", "教育", "健康", "经济", "体育"]
    static let sports = ["篮球", "足球", "乒乓球", "羽毛球", "田径", "游泳", "拔河", "象棋"]

    // MARK: Pieces

    mutating func person() -> String {
        let s = rng.chance(3) ? rng.pick(Self.compoundSurnames) : rng.pick(Self.surnames)
        let given = rng.chance(35) ? rng.pick(Self.givenChars) : rng.pick(Self.givenChars) + rng.pick(Self.givenChars)
        return s + given
    }
    mutating func city() -> String { rng.pick(cities) }
    mutating func county() -> String { rng.pick(counties) }
    mutating func town() -> String { rng.pick(towns) }
    mutating func short(_ place: String) -> String {
        for suffix in ["市", "县", "区"] where place.hasSuffix(suffix) && place.count > 2 { return String(place.dropLast()) }
        return place
    }
    mutating func number(_ lo: Int, _ hi: Int) -> Int { lo + rng.below(hi - lo + 1) }
    mutating func date() -> String { "\(number(1, 12))月\(number(1, 28))日" }
    static let numerals = Array("一二三四五六七八九十")
    mutating func ordinal() -> String { String(Self.numerals[rng.below(9)]) }

    /// (organization, [titles]) for a domain, with a place prefix.
    mutating func organization(_ domain: Int) -> (String, [String]) {
        switch domain {
        case 0:  // union
            let place = rng.chance(50) ? city() : county()
            return rng.chance(70)
                ? (place + "总工会", ["党组书记、常务副主席", "副主席", "主席", "经费审查委员会主任"])
                : (town() + "总工会", ["主席", "副主席"])
        case 1:  // government
            let place = rng.chance(50) ? city() : county()
            let bureau = rng.pick(["人民政府", "人力资源和社会保障局", "教育局", "卫生健康委员会", "应急管理局", "市场监督管理局", "住房和城乡建设局"])
            let titles = bureau == "人民政府" ? (place.hasSuffix("县") ? ["县长", "副县长"] : ["市长", "副市长"]) : ["党组书记、局长", "副局长", "主任", "副主任"]
            return (place + bureau, titles)
        case 2:  // court
            return rng.chance(50)
                ? (city() + "中级人民法院", ["党组书记、院长", "副院长", "审判委员会专职委员", "庭长"])
                : (county() + "人民法院", ["院长", "副院长", "庭长", "法官"])
        case 3:  // school
            let place = county()
            let school = rng.pick(["第\(ordinal())中学", "实验小学", "职业技术学校", "第\(ordinal())小学", "高级中学"])
            return (place + school, ["党支部书记、校长", "校长", "副校长", "教务处主任", "教师"])
        case 4:  // hospital
            let place = rng.chance(50) ? city() : county()
            let h = rng.pick(["人民医院", "中医医院", "妇幼保健院", "第\(ordinal())人民医院"])
            return (place + h, ["党委书记", "院长", "副院长", "主任医师", "护士长"])
        case 5:  // company
            let name = short(rng.chance(50) ? city() : county()) + rng.pick(Self.brands) + rng.pick(Self.industries) + "有限公司"
            return (name, ["董事长", "总经理", "工会主席", "副总经理", "车间主任"])
        default:  // sports
            let place = city()
            let body = rng.pick(["体育局", "体育总会", "\(rng.pick(Self.sports))协会", "体育运动学校"])
            return (place + body, ["局长", "会长", "秘书长", "主教练"])
        }
    }

    static let headlines: [[String]] = [
        ["{O}召开全委（扩大）会议", "{P}职工技能大赛开幕", "{O}开展“送温暖”慰问活动", "{P}推进产业工人队伍建设改革"],
        ["{O}部署稳就业工作", "{P}召开优化营商环境推进会", "{O}发布惠企政策清单", "{P}民生实事项目全部开工"],
        ["{O}集中宣判一批劳动争议案件", "{O}召开新闻发布会通报审判工作", "{P}建立“法院+工会”调解机制"],
        ["{O}举行开学典礼", "{P}推进集团化办学", "{O}获评省级文明校园", "{P}开展中小学生研学活动"],
        ["{O}开展大型义诊活动", "{P}医共体建设取得新进展", "{O}新院区正式启用", "{O}专家团队赴{P}帮扶"],
        ["{O}新生产线投产", "{O}举办职工运动会", "{P}重点项目集中签约", "{O}技术创新获国家专利"],
        ["{P}第{N}届职工运动会闭幕", "{O}举办{S}邀请赛", "{P}全民健身月启动", "{P}代表队获{S}比赛冠军"],
    ]

    static let sentences: [[String]] = [
        ["{D}，{O}召开会议，{T1}{A}出席会议并讲话，{T2}{B}主持会议。",
         "{A}强调，要坚持以职工为中心，切实维护好职工的合法权益，把党的温暖送到职工心坎上。",
         "会上，{T2}{B}通报了{Y}年工会工作情况，{C}等{N}名劳模代表作了交流发言。",
         "{O}将在{P}{TOWN}建设{N}个户外劳动者服务站点，为快递员、外卖送餐员提供歇脚、饮水、充电等服务。",
         "{O}{T1}{A}一行来到{TOWN}，看望慰问困难职工家庭，送上慰问金和慰问品。"],
        ["{D}，{P}召开全区重点工作推进会，{O}{T1}{A}出席并讲话。",
         "{A}指出，要聚焦群众急难愁盼问题，扎实办好民生实事，推动经济社会高质量发展。",
         "{O}{T2}{B}介绍，今年以来全{L}新增城镇就业{N}人，发放稳岗补贴{M}万元。",
         "据了解，{O}已与{O2}签订合作协议，共同推进{TOWN}产业园区建设。"],
        ["{D}，{O}对一起劳动争议案件进行公开宣判，{T1}{A}担任审判长。",
         "法院经审理查明，{C}自{Y}年起在{O2}工作，双方未签订书面劳动合同。",
         "{O}{T2}{B}表示，将进一步完善诉调对接机制，依法保障劳动者合法权益。",
         "本案审理过程中，{P}总工会派员旁听庭审，{N}名职工代表参加旁听。"],
        ["{D}，{O}举行新学期开学典礼，{T1}{A}致辞。",
         "{A}希望同学们珍惜时光、勤奋学习，做有理想、有本领、有担当的时代新人。",
         "今年，{O}共招收新生{N}名，新建实验室{NN}间，{T2}{B}介绍了学校的课程改革情况。",
         "{P}教育局{T3}{C}到校检查开学准备工作，要求各校落实安全责任。"],
        ["{D}，{O}组织专家团队赴{P}{TOWN}开展义诊活动，{T1}{A}带队。",
         "义诊现场，{T2}{B}耐心为群众解答健康问题，共接诊群众{N}余人次，发放健康宣传资料{M}份。",
         "{A}表示，医院将持续推进优质医疗资源下沉，让群众在家门口就能看好病。",
         "据悉，{O}与{O2}已建立紧密型医联体，{C}等{NN}名专家定期坐诊。"],
        ["{D}，{O}年产{N}吨的新生产线正式投产，{T1}{A}介绍了项目建设情况。",
         "该项目总投资{M}万元，投产后预计可新增就业岗位{NN}个，{P}{T3}{C}出席投产仪式。",
         "{O}{T2}{B}说，公司将继续加大研发投入，今年已获得授权专利{NN}项。",
         "近年来，{O}工会坚持开展劳动和技能竞赛，{N}余名职工参加了岗位练兵。"],
        ["{D}，{P}第{NN}届职工运动会在{P}体育中心开幕，{O}{T1}{A}宣布运动会开幕。",
         "本届运动会设{S}、{S2}等{NN}个项目，来自全{L}的{N}名运动员参赛。",
         "经过激烈角逐，{O2}代表队获得{S}比赛团体冠军，{C}获得个人第一名。",
         "{T2}{B}表示，将以此次运动会为契机，深入开展全民健身活动。"],
    ]

    static let filler = [
        "活动现场气氛热烈，大家纷纷表示收获很大。",
        "下一步，各单位将进一步压实责任，确保各项任务落地见效。",
        "与会人员围绕相关议题进行了深入交流，提出了意见和建议。",
        "此次活动进一步增强了干部职工的获得感、幸福感、安全感。",
        "据介绍，相关工作将于年底前全部完成。",
        "“这次活动很实用，希望以后多举办。”一位参加活动的职工说。",
    ]

    mutating func fill(_ template: String, _ slots: [String: String]) -> String {
        var out = ""
        var i = template.startIndex
        while i < template.endIndex {
            if template[i] == "{", let close = template[i...].firstIndex(of: "}") {
                let key = String(template[template.index(after: i)..<close])
                out += slots[key] ?? key
                i = template.index(after: close)
            } else {
                out.append(template[i])
                i = template.index(after: i)
            }
        }
        return out
    }

    mutating func article(_ pdf: Bool) -> [String] {
        let domain = rng.below(Self.sentences.count)
        let (org, titles) = organization(domain)
        let (org2, _) = organization(rng.below(Self.sentences.count))
        let place = rng.chance(50) ? city() : county()
        let level = place.hasSuffix("县") ? "县" : place.hasSuffix("区") ? "区" : "市"
        let slots: [String: String] = [
            "O": org, "O2": org2, "P": place, "L": level, "TOWN": town(),
            "A": person(), "B": person(), "C": person(),
            "T1": rng.pick(titles), "T2": rng.pick(titles), "T3": rng.pick(["局长", "副局长", "主任", "副主任", "处长"]),
            "D": date(), "Y": String(number(2019, 2025)), "N": String(number(20, 2000)), "NN": String(number(2, 60)),
            "M": String(number(10, 90000)), "S": rng.pick(Self.sports), "S2": rng.pick(Self.sports),
        ]
        var lines: [String] = []
        lines.append(fill(rng.pick(Self.headlines[domain]), slots))
        if rng.chance(25) { lines.append("——" + fill("{P}扎实推进{S}进校园工作", slots)) }
        let reporter = rng.chance(15) ? person().map(String.init).joined(separator: " ") : person()
        let byline = rng.chance(40) ? "本报讯（记者 \(reporter) 通讯员 \(person())）" : "本报讯（记者 \(reporter)）"
        // Each sentence template once, the dated opening first, in a seeded order.
        var templates = Array(Self.sentences[domain].dropFirst())
        for i in stride(from: templates.count - 1, to: 0, by: -1) { templates.swapAt(i, rng.below(i + 1)) }
        templates.insert(Self.sentences[domain][0], at: 0)
        var paragraphs: [String] = []
        var t = 0
        while t < templates.count {
            var para = t == 0 ? byline : ""
            for _ in 0..<number(1, 2) where t < templates.count {
                para += fill(templates[t], slots)
                t += 1
                if rng.chance(30) { para += rng.pick(Self.filler) }
            }
            paragraphs.append(para)
        }
        for para in paragraphs {
            lines.append("")
            if pdf { lines += wrap(para) } else { lines.append(para) }
        }
        if rng.chance(20) { lines.append("本报记者 \(person()) 摄") }
        return lines
    }

    /// PDF extraction: a paragraph cut every `width` characters, a blank line between the pieces.
    mutating func wrap(_ paragraph: String) -> [String] {
        let width = 38 + rng.below(6)
        let chars = Array(paragraph)
        var out: [String] = []
        var i = 0
        while i < chars.count {
            let j = min(i + width, chars.count)
            out.append(String(chars[i..<j]))
            if j < chars.count { out.append("") }
            i = j
        }
        return out
    }

    /// The next page of the corpus.
    public mutating func nextDocument() -> String {
        documentCount += 1
        let pdf = rng.chance(50)
        let paper = short(city()) + rng.pick(Self.newspapers)
        var lines = [
            "\(paper)  \(number(2019, 2025))年\(date())  \(rng.pick(Self.weekdays))",
            "第\(number(1, 8))版：\(rng.pick(Self.sections))", "",
        ]
        for _ in 0..<number(2, 5) {
            lines += article(pdf)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Documents until their UTF-8 size reaches `bytes`.
    public mutating func documents(bytes: Int) -> [CorpusDocument] {
        var docs: [CorpusDocument] = []
        var total = 0
        while total < bytes {
            let text = nextDocument()
            total += text.utf8.count
            docs.append(CorpusDocument(id: String(format: "syn-%07d", documentCount), text: text))
        }
        return docs
    }
}
