import GRDB

/// The store's tables and indexes (`PRAGMA user_version` 1).
///
/// - `nodes(id, kind, name, properties)`: `kind` is `NodeKind.rawValue`, `properties` a JSON object.
/// - `aliases(node, alias, document)`: every form of a node's name a document gave, the name included.
/// - `edges(id, kind, source, target, qualifier, properties)`: `id` is `Edge.id`.
/// - `provenance(owner_kind, owner, document, start, end, source_start, source_end, text, rule)`:
///   one row per mention; `owner_kind` is `node` or `edge`, `owner` the node or edge id.
/// - `documents(name, content_hash, extracted_at)`: `extracted_at` is a run counter or a given value.
///
/// Indexes serve the queries: names and aliases (name look-up), edges by source
/// and by target with kind (attended, holds, paths), edges by kind and qualifier
/// (who holds a title), nodes by kind (events), provenance by document (replace).
public enum GraphStoreSchema {
    public static let version = 1

    static func create(_ db: Database) throws {
        let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if current == version { return }
        if current > version {
            throw DatabaseError(message: "store schema version \(current) is newer than this program's (\(version))")
        }
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS nodes(
                    id TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL,
                    name TEXT NOT NULL,
                    properties TEXT NOT NULL DEFAULT '{}'
                ) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS nodes_name ON nodes(name);
                CREATE INDEX IF NOT EXISTS nodes_kind ON nodes(kind);

                CREATE TABLE IF NOT EXISTS aliases(
                    node TEXT NOT NULL,
                    alias TEXT NOT NULL,
                    document TEXT NOT NULL,
                    PRIMARY KEY (document, node, alias)
                ) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS aliases_alias ON aliases(alias, node);
                CREATE INDEX IF NOT EXISTS aliases_node ON aliases(node, alias);

                CREATE TABLE IF NOT EXISTS edges(
                    id TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL,
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    qualifier TEXT NOT NULL DEFAULT '',
                    properties TEXT NOT NULL DEFAULT '{}'
                ) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS edges_source ON edges(source, kind);
                CREATE INDEX IF NOT EXISTS edges_target ON edges(target, kind);
                CREATE INDEX IF NOT EXISTS edges_holds_title ON edges(qualifier) WHERE kind = 'holds';

                CREATE TABLE IF NOT EXISTS provenance(
                    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('node', 'edge')),
                    owner TEXT NOT NULL,
                    document TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    source_start INTEGER NOT NULL,
                    source_end INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    rule TEXT NOT NULL
                );
                CREATE INDEX IF NOT EXISTS provenance_owner ON provenance(owner, owner_kind);
                CREATE INDEX IF NOT EXISTS provenance_document ON provenance(document);

                CREATE TABLE IF NOT EXISTS documents(
                    name TEXT PRIMARY KEY NOT NULL,
                    content_hash TEXT NOT NULL,
                    extracted_at INTEGER NOT NULL
                );
                PRAGMA user_version = \(version);
                """)
    }
}
