/// Titles that write their own body (`外交部长` → 外交部, `教育局长` → 教育局, `书记处书记` → 书记处,
/// `国务委员` → 国务院),
/// and the bodies before which such a title is not a post of the body written before it: a party
/// committee, a congress, a CPPCC (annotation-guidelines §5, "Which organization a title belongs
/// to"). A committee's own departments (`组织部部长`, `宣传部长`, `政法委书记`) are its posts.
public struct OwnBodyTitles: Sendable {
    /// Titles that are a body and its head written whole.
    public var whole: [String]
    /// Heads written right after their body's name (`教育局长`, `外交部长`).
    public var heads: [String]
    /// Qualifiers that may open such a title (`副`, `常务副`): with nothing else before the head,
    /// no body is written (`副局长`).
    public var qualifiers: [String]
    /// Departments of a party committee: a title naming one is the committee's post.
    public var partyDepartments: [String]
    /// Name endings of a party committee, a congress or a CPPCC.
    public var politicalBodies: [String]

    public init(
        whole: [String] = ["书记处书记", "书记处第一书记", "国务委员", "村主任"],
        heads: [String] = ["局长", "厅长", "部长", "司长"],
        qualifiers: [String] = ["常务副", "常务", "副", "代", "执行", "正"],
        partyDepartments: [String] = ["组织", "宣传", "统战", "社会工作", "武装", "人武"],
        politicalBodies: [String] = ["委", "委员会", "政治局", "书记处", "常委会", "人大", "政协", "党支部", "党总支"]
    ) {
        self.whole = whole
        self.heads = heads
        self.qualifiers = qualifiers
        self.partyDepartments = partyDepartments
        self.politicalBodies = politicalBodies
    }

    public func isPolitical(_ organization: String) -> Bool { politicalBodies.contains { organization.hasUTF8Suffix($0) } }

    /// Whether `title` writes a body of its own that is not a party committee's department.
    public func namesAnotherBody(_ title: String) -> Bool {
        if whole.contains(where: { title.hasUTF8Suffix($0) }) { return true }
        guard let head = heads.first(where: { title.hasUTF8Suffix($0) }) else { return false }
        var body = Substring(title.dropLast(head.count))
        // Qualifiers before the body (`副教育局长`) or before the head (`统战部副部长`).
        if let q = qualifiers.first(where: { body.hasUTF8Prefix($0) }) { body = body.dropFirst(q.count) }
        if let q = qualifiers.first(where: { body.hasUTF8Suffix($0) }) { body = body.dropLast(q.count) }
        // `宣传部部长`: the department is written whole before the head.
        if body.hasUTF8Suffix(String(head.prefix(1))) { body = body.dropLast() }
        guard !body.isEmpty else { return false }
        return !partyDepartments.contains { body.hasUTF8Suffix($0) }
    }
}
