import GRDB

extension GraphStore {
    /// Counts of documents, nodes by label and relationships by type.
    public func statistics() throws -> StoreStatistics {
        try read { db in
            let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0
            let nodes = try Int.fetchOne(db, sql: "SELECT count(*) FROM node") ?? 0
            let relationships = try Int.fetchOne(db, sql: "SELECT count(*) FROM relationship") ?? 0
            var byLabel: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT label, count(*) FROM node_label GROUP BY label") {
                byLabel[row[0]] = row[1]
            }
            var byType: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT type, count(*) FROM relationship GROUP BY type") {
                byType[row[0]] = row[1]
            }
            return StoreStatistics(
                documents: documents, nodes: nodes, relationships: relationships, nodesByLabel: byLabel,
                relationshipsByType: byType)
        }
    }

    /// Runs SQLite's own integrity check; returns its messages ("ok" when sound).
    public func integrityCheck() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
