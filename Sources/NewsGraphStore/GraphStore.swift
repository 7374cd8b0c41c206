import Foundation
import GRDB
import NewsGraphCore

/// A SQLite file that accumulates the graphs of many runs.
///
/// Tables (see `GraphStoreSchema`): `nodes`, `aliases`, `edges`, `provenance`
/// (one row per mention of a node or an edge) and `documents`. The file is in
/// WAL mode; every write is one transaction.
///
/// A document's rows are the provenance it gave, the aliases it gave, and the
/// nodes and edges that some document's provenance keeps alive. Writing a
/// document again first deletes its provenance and aliases, then the nodes and
/// edges left without provenance, then inserts the new graph: so re-extracting
/// a document is idempotent, and many documents accumulate one graph, merged as
/// `Graph.merge` merges (a longer name wins, aliases are unioned, the first
/// value of a property stays).
public final class GraphStore: Sendable {
    public let path: String
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the store at `path`; `:memory:` gives a private in-memory store.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try db.execute(sql: "PRAGMA cache_size = -262144")  // up to 256 MiB, used as the file grows
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
        }
        do {
            if path == ":memory:" {
                writer = try DatabaseQueue(configuration: config)
            } else {
                let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
                try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                writer = try DatabasePool(path: path, configuration: config)  // WAL
            }
            try writer.write { db in try GraphStoreSchema.create(db) }
        } catch let e as DatabaseError {
            throw NewsGraphError(file: path, message: "cannot open store: \(e.message ?? "\(e)")")
        }
    }

    // MARK: Writing

    /// What a write did.
    public struct WriteSummary: Sendable, Equatable {
        /// Whether the document was in the store before.
        public var replaced: Bool
        /// Whether its content hash differs from the stored one (true for a new document).
        public var contentChanged: Bool
        /// Rows removed by the replace step (provenance rows of the old extraction).
        public var removedProvenance: Int
    }

    /// Writes one document's graph, replacing what an earlier write of `document` gave.
    ///
    /// `extractedAt` is recorded as given; when nil, it is one more than the
    /// largest recorded value (a run counter, never the wall clock, so that two
    /// stores built from the same inputs in the same order are equal).
    @discardableResult
    public func write(graph: Graph, document: String, contentHash: String, extractedAt: Int64? = nil) throws
        -> WriteSummary
    {
        try writer.write { db in
            let old = try Row.fetchOne(
                db, sql: "SELECT content_hash FROM documents WHERE name = ?", arguments: [document])
            let removed = old == nil ? 0 : try Self.removeRows(of: document, db)
            try Self.insert(graph, document: document, contentHash: contentHash, extractedAt: extractedAt, db)
            return WriteSummary(
                replaced: old != nil, contentChanged: old.map { ($0[0] as String) != contentHash } ?? true,
                removedProvenance: removed)
        }
    }

    /// The fast path for a document the store does not hold yet (a fresh bulk
    /// load): no replace step, only prepared inserts in one transaction.
    /// Writing a document that is already there this way falls back to `write`.
    public func bulkInsert(_ graph: Graph, document: String, contentHash: String, extractedAt: Int64? = nil) throws {
        try writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE name = ?", arguments: [document]) == true {
                _ = try Self.removeRows(of: document, db)
            }
            try Self.insert(graph, document: document, contentHash: contentHash, extractedAt: extractedAt, db)
        }
    }

    /// One document of a batch for `bulkInsert(_:)`.
    public struct DocumentGraph: Sendable {
        public var graph: Graph
        public var document: String
        public var contentHash: String
        public var extractedAt: Int64?

        public init(graph: Graph, document: String, contentHash: String, extractedAt: Int64? = nil) {
            self.graph = graph
            self.document = document
            self.contentHash = contentHash
            self.extractedAt = extractedAt
        }
    }

    /// Many documents in one transaction (one commit and no checkpoint between
    /// documents: the fastest way to load a corpus). Each document is written
    /// as `write` would, replacing an earlier version of it.
    public func bulkInsert(_ documents: [DocumentGraph]) throws {
        try writer.write { db in
            for d in documents {
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE name = ?", arguments: [d.document]) == true {
                    _ = try Self.removeRows(of: d.document, db)
                }
                try Self.insert(d.graph, document: d.document, contentHash: d.contentHash, extractedAt: d.extractedAt, db)
            }
        }
    }

    /// Removes a document: its provenance and aliases, and whatever only it kept alive.
    public func remove(document: String) throws {
        try writer.write { db in
            _ = try Self.removeRows(of: document, db)
            try db.execute(sql: "DELETE FROM documents WHERE name = ?", arguments: [document])
        }
    }

    /// Deletes the rows `document` gave; returns the number of provenance rows removed.
    static func removeRows(of document: String, _ db: Database) throws -> Int {
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS touched(owner_kind TEXT NOT NULL, owner TEXT NOT NULL,
                    PRIMARY KEY (owner_kind, owner)) WITHOUT ROWID;
                DELETE FROM temp.touched;
                """)
        try db.execute(
            sql: "INSERT OR IGNORE INTO temp.touched SELECT owner_kind, owner FROM provenance WHERE document = ?",
            arguments: [document])
        try db.execute(
            sql: "INSERT OR IGNORE INTO temp.touched SELECT 'node', node FROM aliases WHERE document = ?",
            arguments: [document])
        try db.execute(sql: "DELETE FROM provenance WHERE document = ?", arguments: [document])
        let removed = db.changesCount
        try db.execute(sql: "DELETE FROM aliases WHERE document = ?", arguments: [document])
        try db.execute(
            sql: """
                DELETE FROM edges WHERE id IN (SELECT owner FROM temp.touched WHERE owner_kind = 'edge')
                    AND NOT EXISTS (SELECT 1 FROM provenance p WHERE p.owner = edges.id AND p.owner_kind = 'edge');
                DELETE FROM nodes WHERE id IN (SELECT owner FROM temp.touched WHERE owner_kind = 'node')
                    AND NOT EXISTS (SELECT 1 FROM provenance p WHERE p.owner = nodes.id AND p.owner_kind = 'node');
                DELETE FROM aliases WHERE node IN (SELECT owner FROM temp.touched WHERE owner_kind = 'node')
                    AND node NOT IN (SELECT id FROM nodes);
                """)
        // An edge whose end node is gone (a defect upstream) goes too, with its provenance.
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO temp.touched SELECT 'dangling', id FROM edges
                    WHERE (source IN (SELECT owner FROM temp.touched WHERE owner_kind = 'node')
                           AND source NOT IN (SELECT id FROM nodes))
                       OR (target IN (SELECT owner FROM temp.touched WHERE owner_kind = 'node')
                           AND target NOT IN (SELECT id FROM nodes));
                DELETE FROM provenance WHERE owner_kind = 'edge'
                    AND owner IN (SELECT owner FROM temp.touched WHERE owner_kind = 'dangling');
                DELETE FROM edges WHERE id IN (SELECT owner FROM temp.touched WHERE owner_kind = 'dangling');
                """)
        // A surviving node whose name only the removed document gave takes its longest remaining form.
        try db.execute(
            sql: """
                UPDATE nodes SET name = (SELECT alias FROM aliases a WHERE a.node = nodes.id
                                         ORDER BY length(alias) DESC, alias LIMIT 1)
                WHERE id IN (SELECT owner FROM temp.touched WHERE owner_kind = 'node')
                    AND kind NOT IN ('Event', 'Article')
                    AND NOT EXISTS (SELECT 1 FROM aliases a WHERE a.node = nodes.id AND a.alias = nodes.name)
                    AND EXISTS (SELECT 1 FROM aliases a WHERE a.node = nodes.id);
                DELETE FROM temp.touched;
                """)
        return removed
    }

    static func insert(_ graph: Graph, document: String, contentHash: String, extractedAt: Int64?, _ db: Database)
        throws
    {
        let upsertNode = try db.makeStatement(
            sql: """
                INSERT INTO nodes(id, kind, name, properties) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET
                    name = CASE WHEN length(excluded.name) > length(nodes.name)
                                 AND nodes.kind NOT IN ('Event', 'Article')
                            THEN excluded.name ELSE nodes.name END,
                    properties = CASE WHEN excluded.properties = '{}' THEN nodes.properties
                                      WHEN nodes.properties = '{}' THEN excluded.properties
                                      ELSE json_patch(excluded.properties, nodes.properties) END
                """)
        let insertAlias = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO aliases(node, alias, document) VALUES (?, ?, ?)")
        let upsertEdge = try db.makeStatement(
            sql: """
                INSERT INTO edges(id, kind, source, target, qualifier, properties) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET
                    properties = CASE WHEN excluded.properties = '{}' THEN edges.properties
                                      WHEN edges.properties = '{}' THEN excluded.properties
                                      ELSE json_patch(excluded.properties, edges.properties) END
                """)
        let insertProvenance = try db.makeStatement(
            sql: """
                INSERT INTO provenance(owner_kind, owner, document, start, "end",
                    source_start, source_end, text, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)

        func provenance(_ kind: String, _ owner: String, _ list: [Provenance]) throws {
            for p in list {
                insertProvenance.setUncheckedArguments([
                    kind, owner, p.document, p.span.start, p.span.end, p.sourceSpan.start, p.sourceSpan.end,
                    p.text, p.rule,
                ])
                try insertProvenance.execute()
            }
        }

        for node in graph.nodesByID.values {
            let id = node.id.rawValue
            upsertNode.setUncheckedArguments([id, node.kind.rawValue, node.name, PropertyJSON.encode(node.properties)])
            try upsertNode.execute()
            // Every form of the name, the name too: a later, longer name leaves the old one as an alias.
            for alias in [node.name] + node.aliases where !alias.isEmpty {
                insertAlias.setUncheckedArguments([id, alias, document])
                try insertAlias.execute()
            }
            try provenance("node", id, node.provenance)
        }
        for edge in graph.edgesByKey.values {
            let id = edge.id
            upsertEdge.setUncheckedArguments([
                id, edge.kind.rawValue, edge.source.rawValue, edge.target.rawValue, edge.qualifier,
                PropertyJSON.encode(edge.properties),
            ])
            try upsertEdge.execute()
            try provenance("edge", id, edge.provenance)
        }
        try db.execute(
            sql: """
                INSERT INTO documents(name, content_hash, extracted_at)
                VALUES (?1, ?2, coalesce(?3, (SELECT coalesce(max(extracted_at), 0) + 1 FROM documents)))
                ON CONFLICT(name) DO UPDATE SET content_hash = excluded.content_hash,
                    extracted_at = excluded.extracted_at
                """, arguments: [document, contentHash, extractedAt])
    }

    // MARK: Reading

    /// Row counts of every table.
    public struct Counts: Sendable, Equatable, CustomStringConvertible {
        public var nodes = 0, aliases = 0, edges = 0, provenance = 0, documents = 0
        public var description: String {
            "nodes \(nodes), aliases \(aliases), edges \(edges), provenance \(provenance), documents \(documents)"
        }
    }

    public func counts() throws -> Counts {
        try writer.read { db in
            func n(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return Counts(
                nodes: try n("nodes"), aliases: try n("aliases"), edges: try n("edges"),
                provenance: try n("provenance"), documents: try n("documents"))
        }
    }

    /// A document the store holds.
    public struct DocumentRecord: Sendable, Equatable {
        public var name: String
        public var contentHash: String
        public var extractedAt: Int64
    }

    public func documents() throws -> [DocumentRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name, content_hash, extracted_at FROM documents ORDER BY name").map {
                DocumentRecord(name: $0[0], contentHash: $0[1], extractedAt: $0[2])
            }
        }
    }

    /// The whole accumulated graph, with provenance.
    public func graph() throws -> Graph {
        try writer.read { db in
            var provenance: [String: [Provenance]] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT owner_kind, owner, document, start, "end", source_start, source_end, text, rule
                    FROM provenance
                    """)
            while let r = try rows.next() {
                let key = (r[0] as String) + "\u{0}" + (r[1] as String)
                provenance[key, default: []].append(
                    Provenance(
                        document: r[2], span: TextSpan(r[3], r[4]), sourceSpan: TextSpan(r[5], r[6]), text: r[7],
                        rule: r[8]))
            }
            var aliases: [String: [String]] = [:]
            let aliasRows = try Row.fetchCursor(db, sql: "SELECT DISTINCT node, alias FROM aliases")
            while let r = try aliasRows.next() { aliases[r[0], default: []].append(r[1]) }

            var graph = Graph()
            let nodeRows = try Row.fetchCursor(db, sql: "SELECT id, kind, name, properties FROM nodes")
            while let r = try nodeRows.next() {
                var node = try Self.node(r)
                node.aliases = aliases[node.id.rawValue] ?? []
                node.provenance = provenance["node\u{0}" + node.id.rawValue] ?? []
                graph.add(node)
            }
            let edgeRows = try Row.fetchCursor(
                db, sql: "SELECT id, kind, source, target, qualifier, properties FROM edges")
            while let r = try edgeRows.next() {
                var edge = try Self.edge(r)
                edge.provenance = provenance["edge\u{0}" + (r[0] as String)] ?? []
                graph.add(edge)
            }
            return graph
        }
    }

    static func node(_ r: Row) throws -> Node {
        let id: String = r[0]
        let kindText: String = r[1]
        guard let kind = NodeKind(rawValue: kindText) else {
            throw NewsGraphError(file: id, message: "unknown node kind \(kindText)")
        }
        return Node(
            id: NodeID(rawValue: id), kind: kind, name: r[2], properties: try PropertyJSON.decode(r[3], owner: id))
    }

    static func edge(_ r: Row) throws -> Edge {
        let id: String = r[0]
        let kindText: String = r[1]
        guard let kind = EdgeKind(rawValue: kindText) else {
            throw NewsGraphError(file: id, message: "unknown edge kind \(kindText)")
        }
        return Edge(
            kind: kind, source: NodeID(rawValue: r[2]), target: NodeID(rawValue: r[3]), qualifier: r[4],
            properties: try PropertyJSON.decode(r[5], owner: id))
    }

    // MARK: Targeted queries (no provenance: ask `provenance(node:)` / `provenance(edge:)`)

    /// A node with its aliases.
    public func node(_ id: NodeID) throws -> Node? {
        try writer.read { db in
            guard let r = try Row.fetchOne(
                db, sql: "SELECT id, kind, name, properties FROM nodes WHERE id = ?", arguments: [id.rawValue])
            else { return nil }
            return try Self.withAliases(Self.node(r), db)
        }
    }

    static func withAliases(_ node: Node, _ db: Database) throws -> Node {
        var n = node
        n.aliases = try String.fetchAll(
            db, sql: "SELECT DISTINCT alias FROM aliases WHERE node = ? AND alias <> ? ORDER BY alias",
            arguments: [node.id.rawValue, node.name])
        return n
    }

    /// Nodes whose name or an alias is `name`, of `kind` when given, sorted by id.
    public func nodes(named name: String, kind: NodeKind? = nil) throws -> [Node] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, kind, name, properties FROM nodes
                    WHERE (name = ?1 OR id IN (SELECT node FROM aliases WHERE alias = ?1))
                        AND (?2 IS NULL OR kind = ?2)
                    ORDER BY id
                    """, arguments: [name, kind?.rawValue])
            return try rows.map { try Self.withAliases(Self.node($0), db) }
        }
    }

    /// Every node of `kind`, sorted by id (aliases not loaded).
    public func nodes(kind: NodeKind) throws -> [Node] {
        try writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, kind, name, properties FROM nodes WHERE kind = ? ORDER BY id",
                arguments: [kind.rawValue]
            ).map(Self.node)
        }
    }

    /// Names and aliases of the nodes of `kind` (every kind when nil), distinct and sorted.
    public func names(kind: NodeKind? = nil) throws -> [String] {
        try writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM nodes WHERE ?1 IS NULL OR kind = ?1
                    UNION SELECT alias FROM aliases WHERE ?1 IS NULL
                        OR node IN (SELECT id FROM nodes WHERE kind = ?1)
                    ORDER BY 1
                    """, arguments: [kind?.rawValue])
        }
    }

    /// Edges leaving `source`, of `kind` when given, in the canonical order.
    public func edges(from source: NodeID, kind: EdgeKind? = nil) throws -> [Edge] {
        try edges(where: "source = ?1 AND (?2 IS NULL OR kind = ?2)", [source.rawValue, kind?.rawValue])
    }

    /// Edges entering `target`, of `kind` when given.
    public func edges(to target: NodeID, kind: EdgeKind? = nil) throws -> [Edge] {
        try edges(where: "target = ?1 AND (?2 IS NULL OR kind = ?2)", [target.rawValue, kind?.rawValue])
    }

    /// Edges of `kind` with `qualifier` (the `holds` of one title, the `attended` of one role).
    public func edges(kind: EdgeKind, qualifier: String) throws -> [Edge] {
        // The kind as a literal, so that the partial index on holds titles applies.
        try edges(where: "kind = '\(kind.rawValue)' AND qualifier = ?1", [qualifier])
    }

    /// A node's name, without loading the rest.
    public func name(_ id: NodeID) throws -> String? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT name FROM nodes WHERE id = ?", arguments: [id.rawValue])
        }
    }

    func edges(where condition: String, _ arguments: StatementArguments) throws -> [Edge] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, kind, source, target, qualifier, properties FROM edges WHERE \(condition)
                    ORDER BY kind, source, target, qualifier
                    """, arguments: arguments
            ).map(Self.edge)
            .sorted { ($0.kind, $0.source, $0.target, $0.qualifier) < ($1.kind, $1.source, $1.target, $1.qualifier) }
        }
    }

    /// The mentions of a node.
    public func provenance(node id: NodeID) throws -> [Provenance] {
        try provenance(kind: "node", owner: id.rawValue)
    }

    /// The mentions of an edge.
    public func provenance(edge: Edge) throws -> [Provenance] {
        try provenance(kind: "edge", owner: edge.id)
    }

    func provenance(kind: String, owner: String) throws -> [Provenance] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT document, start, "end", source_start, source_end, text, rule FROM provenance
                    WHERE owner = ? AND owner_kind = ?
                    """, arguments: [owner, kind]
            ).map {
                Provenance(
                    document: $0[0], span: TextSpan($0[1], $0[2]), sourceSpan: TextSpan($0[3], $0[4]), text: $0[5],
                    rule: $0[6])
            }.sorted()
        }
    }
}
