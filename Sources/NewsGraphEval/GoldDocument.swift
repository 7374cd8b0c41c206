import Foundation
import NewsGraphCore

/// The four entity types the guidelines define (annotation-guidelines §2), in report order.
public enum EntityType: String, CaseIterable, Sendable, Codable, Comparable {
    case person = "Person"
    case title = "Title"
    case organization = "Organization"
    case location = "Location"

    /// The graph node kind that carries entities of this type.
    public var nodeKind: NodeKind {
        switch self {
        case .person: .person
        case .title: .title
        case .organization: .organization
        case .location: .location
        }
    }

    public static func < (a: EntityType, b: EntityType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One annotated document: the content of `NAME.gold.json` (annotation-guidelines §4, §5).
public struct GoldDocument: Decodable, Sendable, Equatable {
    public struct Author: Codable, Sendable, Hashable {
        public var person: String
        public var role: String
        public init(person: String, role: String) {
            self.person = person
            self.role = role
        }
    }

    public struct Article: Codable, Sendable, Equatable {
        /// `nil` when the page gives no headline (§5): the article's headline is then not scored.
        public var headline: String?
        public var subheadline: String?
        public var authors: [Author]
        public init(headline: String?, subheadline: String? = nil, authors: [Author] = []) {
            self.headline = headline
            self.subheadline = subheadline
            self.authors = authors
        }
    }

    public struct Entity: Codable, Sendable, Equatable {
        /// The canonical (most complete) name.
        public var name: String
        /// Other forms the document writes.
        public var aliases: [String]
        public init(name: String, aliases: [String] = []) {
            self.name = name
            self.aliases = aliases
        }
        /// The name, then the aliases.
        public var names: [String] { [name] + aliases }
    }

    public struct Holds: Codable, Sendable, Hashable {
        public var person: String
        public var title: String
        /// `""` when the text names no organization.
        public var org: String
        public init(person: String, title: String, org: String) {
            self.person = person
            self.title = title
            self.org = org
        }
    }

    public struct Event: Codable, Sendable, Equatable {
        public var label: String
        public var date: String?
        public var locations: [String]
        public var organizers: [String]
        public var attendees: [String]
        public init(
            label: String, date: String? = nil, locations: [String] = [], organizers: [String] = [],
            attendees: [String] = []
        ) {
            self.label = label
            self.date = date
            self.locations = locations
            self.organizers = organizers
            self.attendees = attendees
        }
    }

    /// The text file's name as written in the gold file (`seed-page.txt`).
    public var doc: String
    public var banner: String?
    public var articles: [Article]
    /// Entities by type; a type the file omits has no entities.
    public var entities: [EntityType: [Entity]]
    public var holds: [Holds]
    public var events: [Event]

    public init(
        doc: String, banner: String? = nil, articles: [Article] = [], entities: [EntityType: [Entity]] = [:],
        holds: [Holds] = [], events: [Event] = []
    ) {
        self.doc = doc
        self.banner = banner
        self.articles = articles
        self.entities = entities
        self.holds = holds
        self.events = events
    }

    /// The document name the graph's provenance uses: `doc` without directory and extension (`seed-page`).
    public var documentName: String { GoldDocument.stem(doc) }

    /// The entities of one type, in file order.
    public func entities(_ type: EntityType) -> [Entity] { entities[type] ?? [] }

    static func stem(_ path: String) -> String {
        let base = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }

    // MARK: Decoding

    private enum CodingKeys: String, CodingKey {
        case doc, banner, articles, entities, holds, events
    }

    private struct TypeKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        doc = try c.decode(String.self, forKey: .doc)
        banner = try c.decodeIfPresent(String.self, forKey: .banner)
        articles = try c.decode([Article].self, forKey: .articles)
        holds = try c.decode([Holds].self, forKey: .holds)
        events = try c.decode([Event].self, forKey: .events)
        let e = try c.nestedContainer(keyedBy: TypeKey.self, forKey: .entities)
        var entities: [EntityType: [Entity]] = [:]
        for key in e.allKeys {
            guard let type = EntityType(rawValue: key.stringValue) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: e,
                    debugDescription: "unknown entity type \"\(key.stringValue)\" (expected one of "
                        + EntityType.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            entities[type] = try e.decode([Entity].self, forKey: key)
        }
        self.entities = entities
    }

    // MARK: Loading

    /// Decodes a gold document; `file` names it in errors.
    public static func decode(_ data: Data, file: String) throws(NewsGraphError) -> GoldDocument {
        do {
            return try JSONDecoder().decode(GoldDocument.self, from: data)
        } catch let error as DecodingError {
            throw NewsGraphError(file: file, message: GoldDocument.describe(error))
        } catch {
            throw NewsGraphError(file: file, message: "invalid JSON: \(error)")
        }
    }

    /// Reads and decodes `NAME.gold.json`.
    public static func load(path: String) throws(NewsGraphError) -> GoldDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NewsGraphError(file: path, message: "cannot read gold file")
        }
        return try decode(data, file: path)
    }

    /// Every `*.gold.json` of a directory, sorted by file name.
    public static func loadDirectory(path: String) throws(NewsGraphError) -> [GoldDocument] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw NewsGraphError(file: path, message: "cannot list directory")
        }
        var result: [GoldDocument] = []
        for name in names.filter({ $0.hasSuffix(".gold.json") }).sorted() {
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            result.append(try load(path: full))
        }
        return result
    }

    /// Where and why decoding failed, as one line: `events[2].label: key not found`.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var s = ""
            for k in keys {
                if let i = k.intValue { s += "[\(i)]" } else { s += (s.isEmpty ? "" : ".") + k.stringValue }
            }
            return s.isEmpty ? "(top level)" : s
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            let at = path(ctx.codingPath)
            return "\(at == "(top level)" ? "" : at + ": ")missing key \"\(key.stringValue)\""
        case .typeMismatch(let type, let ctx):
            return "\(path(ctx.codingPath)): expected \(type): \(ctx.debugDescription)"
        case .valueNotFound(let type, let ctx):
            return "\(path(ctx.codingPath)): expected \(type), found null"
        case .dataCorrupted(let ctx):
            var message = "\(path(ctx.codingPath)): \(ctx.debugDescription)"
            if let underlying = ctx.underlyingError { message += " (\(underlying))" }
            return message
        @unknown default:
            return "\(error)"
        }
    }
}
