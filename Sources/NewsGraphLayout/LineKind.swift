/// What a line of a page is, as far as layout is concerned.
///
/// Line repair and article segmentation both decide by these kinds: a broken
/// line is only ever joined to prose, and articles start at leads and bylines.
enum LineKind: Sendable, Hashable {
    case blank
    /// Web or e-paper furniture: menus, breadcrumbs, page numbers, footers.
    case navigation
    /// Publication facts under a web headline (`发布时间…  来源…`).
    case meta
    /// An article's lead: it opens with a dateline and/or a bracketed byline.
    case lead
    /// A byline on a line of its own (`本报记者 贺建国 周文静`).
    case byline
    /// A photo credit on a line of its own (`本报记者 方远 摄`).
    case credit
    /// Anything else: a headline, a paragraph, a piece of a broken paragraph.
    case text
}
