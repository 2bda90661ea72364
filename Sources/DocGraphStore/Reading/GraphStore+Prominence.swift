import DocGraphKit
import GRDB

extension GraphStore {
    /// The nodes with a label that the most documents mention, most first (ties by name), with
    /// how many documents mention each: what `docgraph ingest` shows as "what was found".
    public func mostMentioned(labeled label: String, limit: Int) throws -> [(node: StoredNode, documents: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT node.id, node.labels, node.properties, node.key, count(DISTINCT mention.document_id) AS documents
                FROM node_label
                JOIN node ON node.id = node_label.node_id
                JOIN mention ON mention.node_id = node.id
                WHERE node_label.label = ?
                GROUP BY node.id
                ORDER BY documents DESC, json_extract(node.properties, '$.name'), node.id
                LIMIT ?
                """, arguments: [label, limit]).map { row in
                (Self.storedNode(row), row["documents"])
            }
        }
    }
}
