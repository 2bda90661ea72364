import GRDB

/// What one write transaction changes in the full-text indexes (`node_fts`, the nodes' search
/// text, and `document_fts`, the documents'), held until its end and then written together
/// (``write(to:)``).
///
/// A full-text index keeps new rows in memory until the transaction commits, unless a
/// statement that may need undoing alone runs meanwhile: SQLite then has the index write what
/// it holds as a segment of its own, to be merged later. A document's writes are such
/// statements (rows with triggers and unique keys), so every search row written among them
/// cost a segment and its merging. Written at the end, one after another, a transaction's rows
/// make one segment an index.
///
/// Until then, reads of a node's search text go through ``text(of:in:)``, which answers from
/// the held changes first, so the transaction sees what it wrote.
final class SearchIndexWrites {
    private struct Change {
        /// True when a row stored before the transaction, if there is one, is to go.
        var removesStored: Bool
        /// The node's text at the end; `nil` when it has none.
        var text: String?
    }

    private var changes: [Int64: Change] = [:]
    /// Documents written by the transaction and not yet in `document_fts`, by row id.
    private var documents: [Int64] = []

    /// A node's search text as the transaction left it: the held change, else the stored row.
    func text(of node: Int64, in db: Database) throws -> String? {
        if let change = changes[node] { return change.text }
        return try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM node_fts WHERE rowid = ?"), arguments: [node])
    }

    /// Gives a node a search text; `current` is its text now (``text(of:in:)``), so a stored row
    /// is removed only when there is one.
    func replace(_ node: Int64, current: String?, with text: String) {
        changes[node, default: Change(removesStored: current != nil)].text = text
    }

    /// Removes a node's search text, if it has one.
    func remove(_ node: Int64) {
        changes[node, default: Change(removesStored: true)].text = nil
    }

    /// Indexes a document row the transaction inserted, at its end.
    func index(document: Int64) {
        documents.append(document)
    }

    /// Readies a document row for deleting: `document_fts` learns of a deletion from the row's
    /// own columns (a trigger), so a row the transaction inserted is indexed first.
    func prepareToDelete(document: Int64, in db: Database) throws {
        guard documents.contains(document) else { return }
        try writeDocuments(to: db)
    }

    /// Writes the held changes and forgets them: nodes' removals, then their new text, each in
    /// node order, then the documents.
    func write(to db: Database) throws {
        if !changes.isEmpty {
            let nodes = changes.keys.sorted()
            let delete = try db.cachedStatement(sql: "DELETE FROM node_fts WHERE rowid = ?")
            for node in nodes where changes[node]?.removesStored == true {
                try delete.execute(arguments: [node])
            }
            let insert = try db.cachedStatement(sql: "INSERT INTO node_fts (rowid, text) VALUES (?, ?)")
            for node in nodes {
                guard let text = changes[node]?.text else { continue }
                try insert.execute(arguments: [node, text])
            }
            changes.removeAll()
        }
        try writeDocuments(to: db)
    }

    /// The documents in one statement: a statement that inserts rows it selects may need
    /// undoing alone, so each such statement ends the index's segment.
    private func writeDocuments(to db: Database) throws {
        guard !documents.isEmpty else { return }
        try db.cachedStatement(sql: """
            INSERT INTO document_fts (rowid, name, title, text)
            SELECT id, name, title, text FROM document WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id
            """).execute(arguments: ["[" + documents.map(String.init).joined(separator: ",") + "]"])
        documents.removeAll()
    }
}
