import NewsGraphCore

/// An author role of a byline or photo credit (annotation-guidelines §3, §5).
public enum AuthorRole: String, Sendable, CaseIterable, Hashable {
    case reporter = "记者"
    case correspondent = "通讯员"
    case photographer = "摄影"
    case author = "作者"
}

/// A name from a byline or a photo credit.
public struct Byline: Sendable, Hashable {
    /// The name with padding spaces removed (`黄 涛` → `黄涛`).
    public var name: String
    /// The name as written, in the page's text.
    public var span: TextSpan
    /// Nil for a name a byline gives with a role that is no author's (`编辑`, `责任编辑`,
    /// `发布者`): a Person, but not an author (annotation-guidelines §5).
    public var role: AuthorRole?
    /// `layout.byline`, `layout.credit`, …: the layout rule that read it.
    public var rule: String

    public init(name: String, span: TextSpan, role: AuthorRole?, rule: String) {
        self.name = name
        self.span = span
        self.role = role
        self.rule = rule
    }
}

/// One article of a page, as spans of the page's text.
public struct ArticleLayout: Sendable, Hashable {
    /// 1-based position on the page.
    public var index: Int
    public var headline: TextSpan?
    public var subheadline: TextSpan?
    public var dateline: TextSpan?
    /// The names its bylines and credits give: its authors, and editors (role nil).
    public var authors: [Byline]
    /// The article's text after its headline, dateline and byline.
    public var body: TextSpan
    /// The whole article, headline to last line.
    public var span: TextSpan

    public init(
        index: Int, headline: TextSpan? = nil, subheadline: TextSpan? = nil, dateline: TextSpan? = nil,
        authors: [Byline] = [], body: TextSpan, span: TextSpan
    ) {
        self.index = index
        self.headline = headline
        self.subheadline = subheadline
        self.dateline = dateline
        self.authors = authors
        self.body = body
        self.span = span
    }
}

/// A document after layout: repaired text, its map to the original file, and the articles on it.
public struct Page: Sendable {
    public var document: String
    /// The normalized text after line repair: the text every later stage reads.
    public var text: ScalarText
    /// `text` offsets → original file offsets (scalars).
    public var offsets: OffsetMap
    /// A banner or slogan line that belongs to no article.
    public var banner: TextSpan?
    public var articles: [ArticleLayout]
    /// The publication year the input gives besides the text (a JSONL line's `date`), if any.
    public var year: String?

    public init(
        document: String, text: ScalarText, offsets: OffsetMap, banner: TextSpan?, articles: [ArticleLayout],
        year: String? = nil
    ) {
        self.document = document
        self.text = text
        self.offsets = offsets
        self.banner = banner
        self.articles = articles
        self.year = year
    }
}
