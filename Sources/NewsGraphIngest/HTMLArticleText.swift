import CLibXML2
import NewsGraphCore

/// Reads a news web page's article as plain text with libxml2's HTML parser:
/// the headline (`<h1>`, else `<title>`) on the first line, then the article's
/// paragraphs, one a line.
///
/// The text comes from the page's `<article>`, else `<main>`, else `<body>`,
/// without `script`, `style`, `nav`, `header`, `footer`, `aside` (and forms,
/// frames, templates), without elements whose class or id names boilerplate
/// (`nav`, `menu`, `sidebar`, `share`, `comment`, `breadcrumb`, `footer`,
/// `copyright`, `related`, `advert`…), and without short boilerplate lines
/// (`分享到`, `上一篇`, `返回顶部`, `版权所有`, `Copyright`…).
///
/// Safety: parsed with HTML_PARSE_NONET | HTML_PARSE_NOERROR |
/// HTML_PARSE_NOWARNING (and RECOVER, for broken pages); never with
/// HTML_PARSE_NOENT or DTD loading, so only HTML's predefined entities are
/// replaced: a declared entity (an XXE or "billion laughs" attempt) stays as
/// written, unexpanded. The `<!DOCTYPE>` (with any internal subset) is removed
/// before parsing, so no declaration in the page reaches the parser.
public enum HTMLArticleText {
    public static let skippedElements: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe", "template", "svg",
        "button", "select", "menu", "head", "object", "embed", "canvas",
    ]
    public static let boilerplateNames: Set<String> = [
        "nav", "navbar", "navigation", "menu", "sidebar", "share", "sharing", "social", "comment", "comments",
        "breadcrumb", "breadcrumbs", "footer", "copyright", "related", "recommend", "advert", "advertisement", "ads",
        "banner", "toolbar", "pagination",
    ]
    public static let boilerplateLines = [
        "分享到", "分享：", "上一篇", "下一篇", "返回顶部", "打印本页", "关闭窗口", "版权所有", "Copyright", "©", "扫一扫",
        "相关新闻", "相关阅读", "【打印】", "【关闭】",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "main", "blockquote",
        "pre", "table", "ul", "ol", "dl", "dd", "dt", "figcaption", "figure", "center", "hr", "address", "td", "th",
    ]

    /// The page's text: its headline line, then its paragraphs.
    public static func extract(html: String, file: String) throws(NewsGraphError) -> String {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        var bytes = withoutDoctype(Array(html.utf8))
        let count = Int32(bytes.count)
        let doc = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, count, nil, "UTF-8", options)
            }
        }
        guard let doc else { throw NewsGraphError(file: file, message: "cannot parse HTML") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw NewsGraphError(file: file, message: "HTML without elements") }

        let content = first(named: "article", under: root) ?? first(named: "main", under: root)
            ?? first(named: "body", under: root) ?? root
        let headline = (first(named: "h1", under: content) ?? first(named: "h1", under: root)).map(inlineText)
            ?? first(named: "title", under: root).map(inlineText)
        var lines = Lines()
        collect(content, into: &lines)
        var body = lines.finish().filter { !isBoilerplate($0) }
        if let headline, !headline.isEmpty {
            if body.first == headline { body.removeFirst() }
            body.insert(headline, at: 0)
        }
        return body.joined(separator: "\n")
    }

    /// Text lines being built: inline text joins, block boundaries break.
    struct Lines {
        var done: [String] = []
        var current = ""

        mutating func append(_ text: String) {
            for s in text.unicodeScalars {
                if isSpace(s) {
                    if !current.isEmpty, current.unicodeScalars.last != " " { current.unicodeScalars.append(" ") }
                } else {
                    current.unicodeScalars.append(s)
                }
            }
        }

        mutating func breakLine() {
            let line = Lines.trim(current)
            if !line.isEmpty { done.append(line) }
            current = ""
        }

        mutating func finish() -> [String] {
            breakLine()
            return done
        }

        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{0C}" }

        static func trim(_ s: String) -> String {
            var scalars = Substring(s).unicodeScalars[...]
            let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{A0}" || $0 == "\u{3000}" }
            while let f = scalars.first, blank(f) { scalars.removeFirst() }
            while let l = scalars.last, blank(l) { scalars.removeLast() }
            return String(String.UnicodeScalarView(scalars))
        }
    }

    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
        guard let value = xmlGetProp(node, key) else { return nil }
        defer { newsgraph_xml_free(value) }
        return String(cString: value)
    }

    static func isSkipped(_ node: xmlNodePtr) -> Bool {
        let n = name(node)
        if skippedElements.contains(n) { return true }
        if n == "body" || n == "html" || n == "article" || n == "main" { return false }
        for key in ["class", "id", "role"] {
            guard let value = attribute(node, key)?.lowercased() else { continue }
            let tokens = value.split { !($0.isLetter || $0.isNumber) }
            if tokens.contains(where: { boilerplateNames.contains(String($0)) }) { return true }
            if key == "role", value == "navigation" || value == "banner" || value == "contentinfo" { return true }
        }
        return false
    }

    static func collect(_ node: xmlNodePtr, into lines: inout Lines) {
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { lines.append(String(cString: content)) }
            case XML_ENTITY_REF_NODE:
                // An entity the parser did not replace: keep it as written, never expanded.
                lines.append("&" + name(c) + ";")
            case XML_ELEMENT_NODE:
                if isSkipped(c) { break }
                let block = blockElements.contains(name(c))
                if block { lines.breakLine() }
                collect(c, into: &lines)
                if block { lines.breakLine() }
            default:
                break
            }
            child = c.pointee.next
        }
    }

    /// The first element named `tag` in document order under `node` (itself included), outside skipped parts.
    static func first(named tag: String, under node: xmlNodePtr) -> xmlNodePtr? {
        if node.pointee.type == XML_ELEMENT_NODE && name(node) == tag { return node }
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, tag == "title" || tag == "body" || !isSkipped(c),
                let found = first(named: tag, under: c)
            {
                return found
            }
            child = c.pointee.next
        }
        return nil
    }

    static func inlineText(_ node: xmlNodePtr) -> String {
        var lines = Lines()
        collect(node, into: &lines)
        return lines.finish().joined(separator: " ")
    }

    /// The page without its `<!DOCTYPE …>` declaration, internal subset and all: libxml2's
    /// HTML parser has no use for it, and would read a `[…]` subset's declarations as text.
    static func withoutDoctype(_ bytes: [UInt8]) -> [UInt8] {
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while true {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
            // Skip comments and processing instructions before it.
            if bytes[i...].starts(with: Array("<!--".utf8)) {
                guard let end = find(Array("-->".utf8), in: bytes, from: i + 4) else { return bytes }
                i = end + 3
                continue
            }
            if bytes[i...].starts(with: Array("<?".utf8)) {
                guard let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else { return bytes }
                i = end + 1
                continue
            }
            break
        }
        let keyword = Array("<!doctype".utf8)
        guard bytes.count >= i + keyword.count,
            zip(bytes[i..<(i + keyword.count)], keyword).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
        else { return bytes }
        var j = i + keyword.count
        var quote: UInt8? = nil
        var depth = 0
        while j < bytes.count {
            let b = bytes[j]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: "]") {
                depth = max(0, depth - 1)
            } else if b == UInt8(ascii: ">") && depth == 0 {
                return Array(bytes[..<i]) + Array(bytes[(j + 1)...])
            }
            j += 1
        }
        return Array(bytes[..<i])
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var k = start
        while k + needle.count <= bytes.count {
            if bytes[k..<(k + needle.count)].elementsEqual(needle) { return k }
            k += 1
        }
        return nil
    }

    static func isBoilerplate(_ line: String) -> Bool {
        line.count <= 40 && boilerplateLines.contains { line.contains($0) }
    }
}
