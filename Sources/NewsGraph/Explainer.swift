import NewsGraphCore
import NewsGraphExtraction
import NewsGraphIngest
import NewsGraphRules

/// Tells why the graph says what it says: every annotation with its span and
/// the rule (file:line) that made it, the tree of what it consumed, and the
/// relations; and for a name that was not extracted, which rules came nearest.
public struct Explainer {
    public let pipeline: Pipeline

    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    var ruleLocations: [String: String] {
        Dictionary(pipeline.extractor.engine.rules.rules.map { ($0.id, "\($0.location.file):\($0.location.line)") }) { a, _ in a }
    }

    /// What `explain FILE` prints: the file's document explained (or asked `whyNot`); a JSONL
    /// file's records each under a `== NAME (FILE:LINE) ==` line, or only the record whose id is
    /// `id`, and with `whyNot` only the records where the name is written. A record that cannot
    /// be read is returned with the others' report, which goes on past it.
    public func report(file: String, id: String? = nil, whyNot name: String? = nil) -> (text: String, failures: [NewsGraphError]) {
        let item = InputItem(path: file, name: InputCollector.baseName(file))
        let stream = DocumentStream(items: [item])
        var parts: [String] = [], failures: [NewsGraphError] = [], found = false
        while let next = stream.next() {
            switch next {
            case .failure(_, let error): failures.append(error)
            case .document(let source):
                if let id, source.recordID != id { continue }
                found = true
                do {
                    let document = try source.load()
                    guard item.kind == .jsonl else {
                        parts.append(name.map { whyNot(document, name: $0) } ?? explain(document))
                        continue
                    }
                    let body: String
                    if let name {
                        let lines = nearestRules(document, name: name)
                        if lines.isEmpty { continue }
                        body = lines.joined(separator: "\n")
                    } else {
                        body = explain(document)
                    }
                    parts.append("== \(source.name) (\(source.origin)) ==\n" + body)
                } catch {
                    failures.append(error)
                }
            }
        }
        if let id, !found { failures.append(NewsGraphError(file: file, message: "no record has the id \(id)")) }
        if parts.isEmpty, let name, failures.isEmpty { parts.append("\(name) is not written in \(file)") }
        return (parts.joined(separator: "\n\n"), failures)
    }

    public func explain(_ document: Document) -> String {
        let result = pipeline.process(document)
        let text = result.page.text
        let places = ruleLocations
        var lines: [String] = []
        for (i, article) in result.page.articles.enumerated() {
            let headline = article.headline.map { text.string($0) } ?? "(no headline)"
            lines.append("article \(i + 1) \(article.span): \(headline)")
            for b in article.authors { lines.append("  author \(b.name) [\(b.role?.rawValue ?? "named, not an author")] \(b.span) \(b.rule)") }
        }
        let interiors = Extractor.nameInteriors(text)
        func show(_ a: Annotation, depth: Int) {
            let src = result.page.offsets.source(a.span)
            let place = places[a.rule].map { " (\($0))" } ?? ""
            let dropped = depth == 0 && a.entityKind.map { Extractor.isPartOfAName($0, a.span, in: interiors) } == true
            lines.append(
                String(repeating: "  ", count: depth) + "\(a.kind) \(text.string(a.span)) \(a.span) src \(src) \(a.rule)\(place)"
                    + (dropped ? " (inside 《》 or a quoted name: no entity)" : ""))
            for c in a.children { show(c, depth: depth + 1) }
        }
        for a in result.extraction.annotations where a.kind != "stop" { show(a, depth: 0) }
        for h in result.extraction.holds {
            lines.append("holds \(h.person.text) | \(h.title.text) | \(h.organization.map { result.names.name(of: .organization, $0.span) ?? $0.text } ?? "") \(h.rule)")
        }
        return lines.joined(separator: "\n")
    }

    /// For each place `name` is written, what the rules did there.
    public func whyNot(_ document: Document, name: String) -> String {
        let lines = nearestRules(document, name: name)
        return lines.isEmpty ? "\(name) is not written in \(document.origin)" : lines.joined(separator: "\n")
    }

    /// `whyNot`'s lines; none when the name is not written.
    func nearestRules(_ document: Document, name: String) -> [String] {
        let page = pipeline.layout.layout(document)
        let target = Array(name.unicodeScalars)
        let scalars = page.text.scalars
        var lines: [String] = []
        var i = 0
        let places = ruleLocations
        while i + target.count <= scalars.count {
            guard scalars[i..<(i + target.count)].elementsEqual(target) else { i += 1; continue }
            let focus = TextSpan(i, i + target.count)
            let (annotations, trace) = pipeline.extractor.engine.trace(scalars, focus: focus)
            let context = page.text.string(max(0, i - 8), min(scalars.count, i + target.count + 8))
            lines.append("\(name) at \(focus) in “\(context)”:")
            let covering = annotations.filter { $0.span.overlaps(focus) }
            for a in covering {
                lines.append("  now: \(a.kind) \(page.text.string(a.span)) \(a.span) by \(a.rule)")
            }
            if trace.isEmpty { lines.append("  no rule had an anchor here (is a lexicon entry or a context word missing?)") }
            for t in trace {
                let where_ = places[t.rule].map { " (\($0))" } ?? ""
                let fate: String
                switch t.fate {
                case .accepted: fate = "accepted"
                case .lostTo(let rule, let span): fate = "lost to \(rule) \(page.text.string(span)) \(span)"
                case .contextFailed(let why): fate = "context failed: \(why)"
                case .patternFailed(let why): fate = "pattern failed: \(why)"
                }
                lines.append("  [\(t.phase)] \(t.rule)\(where_) \(page.text.string(t.span)) \(t.span): \(fate)")
            }
            i += target.count
        }
        return lines
    }
}
