import GRDB

/// The store's schema, as a list of migrations registered in order.
///
/// Migrations are never edited once shipped: a change is a new migration appended here, and
/// ``GraphStore`` refuses a store whose applied migrations are unknown to this build (a store
/// written by a newer docgraph).
enum StoreMigrations {
    /// Identifiers of every migration this build knows, in order.
    static let identifiers = ["v1-graph", "v2-lookup-indexes", "v3-text-index", "v4-node-tally", "v5-covering-relationship-indexes",
                              "v6-relationship-ends", "v7-search-quotes",
                              "v8-one-mention-node-index", "v9-document-search-at-commit"]

    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-graph") { db in
            try createGraphTables(db)
        }
        migrator.registerMigration("v2-lookup-indexes") { db in
            // Which documents mention a node (show, eval, linkers) and documents in date order.
            try db.execute(sql: """
                CREATE INDEX mention_node_document ON mention(node_id, document_id);
                CREATE INDEX document_date ON document(date, name);
                """)
        }
        migrator.registerMigration("v3-text-index") { db in
            // Commitments, decisions and updates are named by their text, as people by their
            // name: `MATCH (c:Commitment {text: $text})` seeks here.
            try db.execute(sql: "CREATE INDEX node_text ON node(json_extract(properties, '$.text'))")
        }
        migrator.registerMigration("v4-node-tally") { db in
            // Each node's sources counted (see PropertyTally), so adding a document to a node
            // named in thousands of others does not re-read them all.
            try db.execute(sql: "ALTER TABLE node ADD COLUMN tally TEXT")
            try tallyExistingSources(db)
        }
        migrator.registerMigration("v5-covering-relationship-indexes") { db in
            // A step from a node to its neighbours reads the index alone: the far end is in it.
            try db.execute(sql: """
                CREATE INDEX relationship_start_end ON relationship(start_id, type, end_id);
                CREATE INDEX relationship_end_start ON relationship(end_id, type, start_id);
                DROP INDEX relationship_start;
                DROP INDEX relationship_end;
                """)
        }
        migrator.registerMigration("v6-relationship-ends") { db in
            try RelationshipEndsSchema.create(db)
        }
        migrator.registerMigration("v7-search-quotes") { db in
            try SearchQuotesSchema.create(db)
        }
        migrator.registerMigration("v8-one-mention-node-index") { db in
            // mention_node_document begins with node_id: it answers every look-up by node,
            // and each mention written costs one index less.
            try db.execute(sql: "DROP INDEX mention_node")
        }
        // Foreign keys stay on: dropping a trigger cannot break them, and the check a migration
        // otherwise ends with reads the whole store (seconds at 10,000 documents).
        migrator.registerMigration("v9-document-search-at-commit", foreignKeyChecks: .immediate) { db in
            // The writer indexes the documents a transaction wrote when it ends
            // (SearchIndexWrites): a trigger indexing each row as it came made the full-text
            // index write a segment a document.
            try db.execute(sql: "DROP TRIGGER document_fts_insert")
        }
        return migrator
    }

    /// Fills `node.tally` from `node_source` for a store written before tallies were kept.
    private static func tallyExistingSources(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT node_id, properties FROM node_source ORDER BY node_id, document_id")
        var current: Int64?
        var tally = PropertyTally()
        func store() throws {
            guard let current else { return }
            try db.execute(sql: "UPDATE node SET tally = ? WHERE id = ?", arguments: [tally.stored, current])
        }
        while let row = try rows.next() {
            let node: Int64 = row["node_id"]
            if node != current {
                try store()
                current = node
                tally = PropertyTally()
            }
            tally.add(PropertyJSON.decode(row["properties"]))
        }
        try store()
    }

    /// Version 1: documents, nodes, labels, per-document node sources, mentions,
    /// relationships, curation records and full-text search.
    private static func createGraphTables(_ db: Database) throws {
        // One row per node. `properties` is the merged view queries read: the merge of every
        // source's properties with the curated overlay patched on top.
        try db.execute(sql: """
            CREATE TABLE node (
                id INTEGER PRIMARY KEY,
                labels TEXT NOT NULL,
                key TEXT,
                properties TEXT NOT NULL DEFAULT '{}',
                curated TEXT,
                fingerprint TEXT,
                origin TEXT NOT NULL DEFAULT 'extracted',
                owner TEXT
            );
            CREATE UNIQUE INDEX node_key ON node(key) WHERE key IS NOT NULL;
            CREATE INDEX node_owner ON node(owner) WHERE owner IS NOT NULL;
            CREATE TABLE node_label (
                label TEXT NOT NULL,
                node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                PRIMARY KEY (label, node_id)
            ) WITHOUT ROWID;
            CREATE INDEX node_label_node ON node_label(node_id);
            CREATE INDEX node_name ON node(json_extract(properties, '$.name'));
            """)
        // One row per stored document version. Identity is the path; sha256 is the content.
        try db.execute(sql: """
            CREATE TABLE document (
                id INTEGER PRIMARY KEY,
                node_id INTEGER NOT NULL UNIQUE REFERENCES node(id),
                sha256 TEXT NOT NULL UNIQUE,
                path TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                format TEXT NOT NULL,
                title TEXT,
                date TEXT,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                blocks TEXT NOT NULL DEFAULT '[]',
                metadata TEXT NOT NULL DEFAULT '{}',
                ingested_at TEXT NOT NULL
            );
            """)
        // What each document contributed to each node's properties; the node's own
        // properties are recomputed from these when a document comes or goes.
        try db.execute(sql: """
            CREATE TABLE node_source (
                node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                properties TEXT NOT NULL DEFAULT '{}',
                PRIMARY KEY (node_id, document_id)
            ) WITHOUT ROWID;
            CREATE INDEX node_source_document ON node_source(document_id);
            CREATE TABLE mention (
                id INTEGER PRIMARY KEY,
                node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                quote TEXT NOT NULL,
                extractor TEXT NOT NULL,
                confidence REAL NOT NULL DEFAULT 1
            );
            CREATE INDEX mention_node ON mention(node_id);
            CREATE INDEX mention_document ON mention(document_id);
            """)
        // Relationships. Evidence (document, start, end, quote, extractor, confidence, origin)
        // lives in `properties`, as exports show it; `document_id` and `owner` say who owns it.
        try db.execute(sql: """
            CREATE TABLE relationship (
                id INTEGER PRIMARY KEY,
                type TEXT NOT NULL,
                start_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                end_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                properties TEXT NOT NULL DEFAULT '{}',
                document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
                origin TEXT NOT NULL DEFAULT 'extracted',
                owner TEXT,
                fingerprint TEXT
            );
            CREATE INDEX relationship_start ON relationship(start_id, type);
            CREATE INDEX relationship_end ON relationship(end_id, type);
            CREATE INDEX relationship_type ON relationship(type);
            CREATE INDEX relationship_document ON relationship(document_id);
            CREATE INDEX relationship_owner ON relationship(owner) WHERE owner IS NOT NULL;
            """)
        // `fingerprint` names an extracted node or relationship stably across re-ingestion
        // (node: its key; relationship: type, end keys and document path), so a person's
        // deletion recorded in `tombstone` keeps it deleted.
        // Extracted facts a person deleted: re-ingestion must not bring them back.
        try db.execute(sql: """
            CREATE TABLE tombstone (
                fingerprint TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                description TEXT NOT NULL,
                deleted_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """)
        // Full-text search over documents and over nodes' text and evidence.
        try db.execute(sql: """
            CREATE VIRTUAL TABLE document_fts USING fts5(name, title, text, content='document', content_rowid='id');
            CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
                INSERT INTO document_fts(rowid, name, title, text) VALUES (new.id, new.name, new.title, new.text);
            END;
            CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
                INSERT INTO document_fts(document_fts, rowid, name, title, text)
                    VALUES ('delete', old.id, old.name, old.title, old.text);
            END;
            CREATE VIRTUAL TABLE node_fts USING fts5(text);
            """)
    }
}
