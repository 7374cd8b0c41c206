import NewsGraphCore

/// A node as a query names it.
public struct NodeRef: Sendable, Hashable, Comparable {
    public var id: NodeID
    public var name: String

    public init(id: NodeID, name: String) {
        self.id = id
        self.name = name
    }

    public static func < (a: NodeRef, b: NodeRef) -> Bool { a.id < b.id }
}

/// Why a query has no answer. Each is reported with a non-zero exit by the CLI.
public enum QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No node of `kind` has this name or alias; `suggestions` are the nearest known names.
    case unknownName(kind: String, name: String, suggestions: [String])
    case invalidDate(String)
    case noPath(from: String, to: String)

    public var description: String {
        switch self {
        case .unknownName(let kind, let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean: " + suggestions.joined(separator: ", ") + "?"
            return "unknown \(kind) \"\(name)\"\(hint)"
        case .invalidDate(let d): return "invalid date \"\(d)\": expected YYYY, YYYY-MM or YYYY-MM-DD"
        case .noPath(let a, let b): return "no connection between \"\(a)\" and \"\(b)\" through events and organizations"
        }
    }
}

/// One person at one event.
public struct Attendance: Sendable, Equatable {
    public var person: NodeRef
    public var event: NodeRef
    /// The date as written, and the ISO date when known ("" otherwise).
    public var date: String
    public var startDate: String
    public var places: [NodeRef]
    public var organizers: [NodeRef]
    /// The person's roles at the event (`leader`, `participant`, `speaker`, `accompanying`).
    public var roles: [String]
    /// Everyone else who attended.
    public var coAttendees: [NodeRef]
}

/// A title a person holds, in an organization when one is known.
public struct Position: Sendable, Hashable {
    public var person: NodeRef
    public var title: String
    public var organization: String
    public var organizationID: NodeID?
}

/// An event with what the listing shows.
public struct EventSummary: Sendable, Equatable {
    public var event: NodeRef
    public var date: String
    public var startDate: String
    public var places: [NodeRef]
    public var organizers: [NodeRef]
    public var attendees: [NodeRef]
}

/// One edge of a connection, walked from `from` to `to` (`forward` when the edge points that way).
public struct PathStep: Sendable, Equatable {
    public var from: NodeRef
    public var to: NodeRef
    public var edge: Edge
    public var forward: Bool
}

/// Filters of `events`: a place (its sub-places included), an organizer, a date range.
public struct EventFilter: Sendable, Equatable {
    public var at: String?
    public var by: String?
    public var from: String?
    public var to: String?

    public init(at: String? = nil, by: String? = nil, from: String? = nil, to: String? = nil) {
        self.at = at
        self.by = by
        self.from = from
        self.to = to
    }
}

/// The queries of `newsgraph query`, over any `GraphSource`.
public struct QueryEngine {
    public let source: any GraphSource
    /// Nodes a path search may visit before it gives up.
    public var pathVisitLimit = 1_000_000

    public init(source: any GraphSource) { self.source = source }

    public enum Query: Sendable, Equatable {
        case attended(person: String)
        case attendees(event: String)
        case holds(person: String)
        case who(title: String, organization: String?)
        case events(EventFilter)
        case path(from: String, to: String)
    }

    /// Runs `query` and gives its rows.
    public func run(_ query: Query) throws -> QueryResult {
        switch query {
        case .attended(let p): try Self.result(attended: attended(p))
        case .attendees(let e): try Self.result(attendees: attendees(e))
        case .holds(let p): try Self.result(positions: holds(p))
        case .who(let t, let o): try Self.result(positions: who(title: t, organization: o))
        case .events(let f): try Self.result(events: events(f))
        case .path(let a, let b): try Self.result(path: path(from: a, to: b))
        }
    }

    // MARK: Names

    /// The nodes of `kind` called `name` (name, alias, or id), or `unknownName` with suggestions.
    public func resolve(_ name: String, kind: NodeKind) throws -> [Node] {
        if name.hasPrefix(kind.idPrefix + ":"), let n = try source.node(NodeID(rawValue: name)), n.kind == kind {
            return [n]
        }
        var found = try source.nodes(named: name, kind: kind)
        let key = NodeID.normalizedKey(name)
        if found.isEmpty && key != name { found = try source.nodes(named: key, kind: kind) }
        if found.isEmpty {
            throw QueryError.unknownName(
                kind: kind.rawValue.lowercased(), name: name, suggestions: try suggestions(for: name, kind: kind))
        }
        return found
    }

    /// The three known names of `kind` nearest to `name` by edit distance (ties by name).
    public func suggestions(for name: String, kind: NodeKind?, count: Int = 3) throws -> [String] {
        let target = Array(name)
        var scored: [(Int, String)] = []
        for candidate in try source.names(kind: kind) where candidate != name {
            let c = Array(candidate)
            // Skip what cannot beat the current third best.
            if scored.count >= count, abs(c.count - target.count) > scored[count - 1].0 { continue }
            let d = EditDistance.levenshtein(target, c)
            scored.append((d, candidate))
            scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            if scored.count > count { scored.removeLast() }
        }
        return scored.map(\.1)
    }

    var nameCache = NameCache()

    final class NameCache: @unchecked Sendable {
        var names: [NodeID: String] = [:]
    }

    func ref(_ id: NodeID) throws -> NodeRef {
        if let n = nameCache.names[id] { return NodeRef(id: id, name: n) }
        let name = try source.name(id) ?? id.rawValue
        nameCache.names[id] = name
        return NodeRef(id: id, name: name)
    }

    func ref(_ node: Node) -> NodeRef {
        nameCache.names[node.id] = node.name
        return NodeRef(id: node.id, name: node.name)
    }

    static func role(_ e: Edge) -> String { e.properties["role"]?.text ?? e.qualifier }

    // MARK: attended, attendees

    /// The events `person` attended, with date, place, role and co-attendees; by date, then id.
    public func attended(_ person: String) throws -> [Attendance] {
        var out: [Attendance] = []
        for p in try resolve(person, kind: .person) {
            let edges = try source.edges(from: p.id, kind: .attended)
            var roles: [NodeID: [String]] = [:]
            for e in edges { roles[e.target, default: []].append(Self.role(e)) }
            for eventID in roles.keys.sorted() {
                guard let event = try source.node(eventID) else { continue }
                out.append(try attendance(ref(p), event, roles: roles[eventID]!))
            }
        }
        return out.sorted(by: Self.chronological)
    }

    /// Who attended the events called `event`, with their roles.
    public func attendees(_ event: String) throws -> [Attendance] {
        var out: [Attendance] = []
        for ev in try resolve(event, kind: .event) {
            var roles: [NodeID: [String]] = [:]
            for e in try source.edges(to: ev.id, kind: .attended) { roles[e.source, default: []].append(Self.role(e)) }
            for personID in roles.keys.sorted() {
                out.append(try attendance(ref(personID), ev, roles: roles[personID]!))
            }
        }
        return out.sorted(by: Self.chronological)
    }

    func attendance(_ person: NodeRef, _ event: Node, roles: [String]) throws -> Attendance {
        let others = Set(try source.edges(to: event.id, kind: .attended).map(\.source)).subtracting([person.id])
        return Attendance(
            person: person, event: ref(event), date: event.properties["date"]?.text ?? "",
            startDate: event.properties["startDate"]?.text ?? "",
            places: try source.edges(from: event.id, kind: .locatedIn).map { try ref($0.target) },
            organizers: try source.edges(to: event.id, kind: .organized).map { try ref($0.source) },
            roles: Array(Set(roles)).sorted(), coAttendees: try others.sorted().map(ref))
    }

    static func chronological(_ a: Attendance, _ b: Attendance) -> Bool {
        let ka = a.startDate.isEmpty ? "~" : a.startDate, kb = b.startDate.isEmpty ? "~" : b.startDate
        if ka != kb { return ka < kb }
        if a.event.id != b.event.id { return a.event.id < b.event.id }
        return a.person.id < b.person.id
    }

    // MARK: holds, who

    /// The titles `person` holds, with the organization ("" when none is known).
    public func holds(_ person: String) throws -> [Position] {
        var out: [Position] = []
        for p in try resolve(person, kind: .person) {
            out += try positions(of: p)
        }
        return out
    }

    func positions(of p: Node) throws -> [Position] {
        var out: [Position] = []
        var seen = Set<String>()
        for e in try source.edges(from: p.id, kind: .holds) {
            let title = e.properties["title"]?.text ?? e.qualifier
            let org = try ref(e.target)
            if seen.insert(title + "\u{0}" + org.name).inserted {
                out.append(Position(person: ref(p), title: title, organization: org.name, organizationID: org.id))
            }
        }
        for e in try source.edges(from: p.id, kind: .hasTitle) {
            let title = try ref(e.target).name
            let org = e.properties["organization"]?.text ?? ""
            // A hasTitle with an organization repeats a holds; one without is a title on its own.
            if out.contains(where: { $0.title == title && (org.isEmpty || $0.organization == org) }) { continue }
            if seen.insert(title + "\u{0}" + org).inserted {
                out.append(Position(person: ref(p), title: title, organization: org, organizationID: nil))
            }
        }
        return out
    }

    /// Who holds `title`, in `organization` when given; by person, then organization.
    public func who(title: String, organization: String? = nil) throws -> [Position] {
        let titleNodes = (try? resolve(title, kind: .title)) ?? []
        let holdsEdges = try source.edges(kind: .holds, qualifier: title)
        if titleNodes.isEmpty && holdsEdges.isEmpty {
            throw QueryError.unknownName(
                kind: "title", name: title, suggestions: try suggestions(for: title, kind: .title))
        }
        var orgIDs: Set<NodeID>? = nil
        var orgNames: Set<String> = []
        if let organization {
            let orgs = try resolve(organization, kind: .organization)
            orgIDs = Set(orgs.map(\.id))
            for o in orgs { orgNames.insert(o.name); orgNames.formUnion(o.aliases) }
        }
        var out: [Position] = []
        var seen = Set<String>()
        func add(_ p: Position) {
            let key = p.person.id.rawValue + "\u{0}" + p.title + "\u{0}" + p.organization
            if seen.insert(key).inserted { out.append(p) }
        }
        for e in holdsEdges where orgIDs == nil || orgIDs!.contains(e.target) {
            let org = try ref(e.target)
            add(Position(person: try ref(e.source), title: title, organization: org.name, organizationID: org.id))
        }
        for t in titleNodes {
            for e in try source.edges(to: t.id, kind: .hasTitle) {
                let org = e.properties["organization"]?.text ?? ""
                if organization != nil && !orgNames.contains(org) { continue }
                let person = try ref(e.source)
                if !org.isEmpty, out.contains(where: { $0.person.id == person.id && $0.title == t.name }) { continue }
                add(Position(person: person, title: t.name, organization: org, organizationID: nil))
            }
        }
        return out.sorted {
            $0.person.id != $1.person.id ? $0.person.id < $1.person.id : $0.organization < $1.organization
        }
    }

    // MARK: events

    /// Events at a place (or a place within it), by an organizer, within dates; chronological.
    ///
    /// Dates compare on `startDate`, at the coarser of the two precisions
    /// (`--from 2024-03` keeps `2024-03-05`, and `2024-03` keeps itself); an
    /// event without `startDate` is left out when a date bound is given.
    public func events(_ filter: EventFilter = EventFilter()) throws -> [EventSummary] {
        for d in [filter.from, filter.to].compactMap({ $0 }) where !Self.isISODate(d) {
            throw QueryError.invalidDate(d)
        }
        var candidates: [NodeID]? = nil
        func intersect(_ ids: Set<NodeID>) {
            candidates = (candidates.map { Set($0) }?.intersection(ids) ?? ids).sorted()
        }
        if let at = filter.at {
            // The place and every place partOf it, transitively.
            var places = Set(try resolve(at, kind: .location).map(\.id))
            var frontier = Array(places)
            while let p = frontier.popLast() {
                for e in try source.edges(to: p, kind: .partOf) where places.insert(e.source).inserted {
                    frontier.append(e.source)
                }
            }
            var ids = Set<NodeID>()
            for p in places { for e in try source.edges(to: p, kind: .locatedIn) { ids.insert(e.source) } }
            intersect(ids)
        }
        if let by = filter.by {
            var ids = Set<NodeID>()
            for o in try resolve(by, kind: .organization) {
                for e in try source.edges(from: o.id, kind: .organized) { ids.insert(e.target) }
            }
            intersect(ids)
        }
        let nodes: [Node] =
            try candidates.map { try $0.compactMap { try source.node($0) } } ?? source.nodes(kind: .event)
        var out: [EventSummary] = []
        for n in nodes where n.kind == .event {
            let start = n.properties["startDate"]?.text ?? ""
            if filter.from != nil || filter.to != nil {
                if start.isEmpty { continue }
                if let from = filter.from, !Self.compare(start, from, >=) { continue }
                if let to = filter.to, !Self.compare(start, to, <=) { continue }
            }
            out.append(
                EventSummary(
                    event: ref(n), date: n.properties["date"]?.text ?? "", startDate: start,
                    places: try source.edges(from: n.id, kind: .locatedIn).map { try ref($0.target) },
                    organizers: try source.edges(to: n.id, kind: .organized).map { try ref($0.source) },
                    attendees: try Array(Set(source.edges(to: n.id, kind: .attended).map(\.source))).sorted().map(ref)))
        }
        return out.sorted {
            let a = $0.startDate.isEmpty ? "~" : $0.startDate, b = $1.startDate.isEmpty ? "~" : $1.startDate
            return a != b ? a < b : $0.event.id < $1.event.id
        }
    }

    static func isISODate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 } }
        let dash = UInt8(ascii: "-")
        switch b.count {
        case 4: return digits(0..<4)
        case 7: return digits(0..<4) && b[4] == dash && digits(5..<7)
        case 10: return digits(0..<4) && b[4] == dash && digits(5..<7) && b[7] == dash && digits(8..<10)
        default: return false
        }
    }

    /// Compares two ISO dates at the coarser precision.
    static func compare(_ a: String, _ b: String, _ op: (Substring, Substring) -> Bool) -> Bool {
        let n = min(a.count, b.count)
        return op(a.prefix(n), b.prefix(n))
    }

    // MARK: path

    /// The edges a connection may use: people attend events, hold posts in organizations, which organize events.
    public static let pathEdges: [EdgeKind] = [.attended, .holds, .organized]

    /// A shortest connection from one person to another through events and
    /// organizations (breadth-first, edges taken either way; ties broken by id).
    public func path(from a: String, to b: String) throws -> [PathStep] {
        let starts = try resolve(a, kind: .person).map(\.id)
        let goals = Set(try resolve(b, kind: .person).map(\.id))
        if starts.contains(where: goals.contains) { return [] }
        var parent: [NodeID: (NodeID, Edge, Bool)] = [:]
        var visited = Set(starts)
        var frontier = starts
        while !frontier.isEmpty && visited.count < pathVisitLimit {
            var next: [NodeID] = []
            for n in frontier {
                for (m, edge, forward) in try neighbours(n) where !visited.contains(m) {
                    visited.insert(m)
                    parent[m] = (n, edge, forward)
                    if goals.contains(m) {
                        var steps: [PathStep] = []
                        var cur = m
                        while let (p, e, f) = parent[cur] {
                            steps.append(PathStep(from: try ref(p), to: try ref(cur), edge: e, forward: f))
                            cur = p
                        }
                        return steps.reversed()
                    }
                    next.append(m)
                }
            }
            frontier = next
        }
        throw QueryError.noPath(from: a, to: b)
    }

    func neighbours(_ n: NodeID) throws -> [(NodeID, Edge, Bool)] {
        var out: [(NodeID, Edge, Bool)] = []
        for kind in Self.pathEdges {
            for e in try source.edges(from: n, kind: kind) { out.append((e.target, e, true)) }
            for e in try source.edges(to: n, kind: kind) { out.append((e.source, e, false)) }
        }
        return out.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.id < $1.1.id }
    }

    // MARK: Rows

    public static func result(attended rows: [Attendance]) -> QueryResult {
        QueryResult(
            columns: [
                .init("person"), .init("event"), .init("date"), .init("startDate"), .init("place"), .init("role"),
                .init("coAttendees"), .init("personID", inTable: false), .init("eventID", inTable: false),
            ],
            rows: rows.map {
                [
                    .text($0.person.name), .text($0.event.name), .text($0.date), .text($0.startDate),
                    .list($0.places.map(\.name)), .list($0.roles), .list($0.coAttendees.map(\.name)),
                    .text($0.person.id.rawValue), .text($0.event.id.rawValue),
                ]
            })
    }

    public static func result(attendees rows: [Attendance]) -> QueryResult {
        QueryResult(
            columns: [
                .init("event"), .init("date"), .init("person"), .init("role"), .init("eventID", inTable: false),
                .init("personID", inTable: false),
            ],
            rows: rows.map {
                [
                    .text($0.event.name), .text($0.date), .text($0.person.name), .list($0.roles),
                    .text($0.event.id.rawValue), .text($0.person.id.rawValue),
                ]
            })
    }

    public static func result(positions rows: [Position]) -> QueryResult {
        QueryResult(
            columns: [
                .init("person"), .init("title"), .init("organization"), .init("personID", inTable: false),
                .init("organizationID", inTable: false),
            ],
            rows: rows.map {
                [
                    .text($0.person.name), .text($0.title), .text($0.organization), .text($0.person.id.rawValue),
                    .text($0.organizationID?.rawValue ?? ""),
                ]
            })
    }

    public static func result(events rows: [EventSummary]) -> QueryResult {
        QueryResult(
            columns: [
                .init("event"), .init("date"), .init("startDate"), .init("place"), .init("organizer"),
                .init("attendees"), .init("eventID", inTable: false),
            ],
            rows: rows.map {
                [
                    .text($0.event.name), .text($0.date), .text($0.startDate), .list($0.places.map(\.name)),
                    .list($0.organizers.map(\.name)), .int($0.attendees.count), .text($0.event.id.rawValue),
                ]
            })
    }

    public static func result(path steps: [PathStep]) -> QueryResult {
        QueryResult(
            columns: [
                .init("step"), .init("from"), .init("relation"), .init("to"), .init("fromID", inTable: false),
                .init("toID", inTable: false),
            ],
            rows: steps.enumerated().map { i, s in
                let detail = s.edge.qualifier.isEmpty ? s.edge.kind.rawValue : "\(s.edge.kind.rawValue) (\(s.edge.qualifier))"
                return [
                    .int(i + 1), .text(s.from.name), .text((s.forward ? "→ " : "← ") + detail), .text(s.to.name),
                    .text(s.from.id.rawValue), .text(s.to.id.rawValue),
                ]
            })
    }
}

/// Edit distance over characters (a CJK character is one edit).
public enum EditDistance {
    public static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count), cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
