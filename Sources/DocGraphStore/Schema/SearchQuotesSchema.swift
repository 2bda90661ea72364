import GRDB

/// The quotes each node's search text draws on, kept so that adding a document to a node named
/// hundreds of times need not read its earliest mentions again (`node_search_quotes`).
///
/// A row holds the distinct quotes (a JSON list) of the node's first `considered` mentions,
/// oldest first, as ``GraphWriteSession/searchQuotes(_:)`` chooses them, `considered` being at
/// most ``GraphWriteSession/searchedMentions``. Only a write session adds mentions, and it
/// updates the row; any mention deleted or moved drops its node's row (a trigger), and a node
/// without a row has its quotes read from its mentions, which writes the row again.
enum SearchQuotesSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE node_search_quotes (
                node_id INTEGER PRIMARY KEY REFERENCES node(id) ON DELETE CASCADE,
                considered INTEGER NOT NULL,
                quotes TEXT NOT NULL
            );
            CREATE TRIGGER mention_search_quotes_delete AFTER DELETE ON mention BEGIN
                DELETE FROM node_search_quotes WHERE node_id = OLD.node_id;
            END;
            CREATE TRIGGER mention_search_quotes_update AFTER UPDATE ON mention BEGIN
                DELETE FROM node_search_quotes WHERE node_id IN (OLD.node_id, NEW.node_id);
            END;
            """)
    }
}
