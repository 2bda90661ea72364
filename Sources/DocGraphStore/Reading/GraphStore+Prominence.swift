import DocGraphKit
import GRDB

extension GraphStore {
    /// The nodes with a label that the most documents mention, most first (ties by name), with
    /// how many documents mention each: what `docgraph ingest` shows as "what was found".
    public func mostMentioned(labeled label: String, limit: Int) throws -> [(node: StoredNode, documents: Int)] {
        try read { db in
            // Each node's documents are counted from the covering (node_id, document_id) index;
            // only nodes at or above the limit's count are read and ordered by name.
            try Row.fetchAll(db, sql: """
                WITH counts AS MATERIALIZED (
                    SELECT l.node_id, (SELECT count(DISTINCT m.document_id) FROM mention m INDEXED BY mention_node_document
                                       WHERE m.node_id = l.node_id) AS documents
                    FROM node_label l WHERE l.label = ?),
                cutoff AS (SELECT documents FROM counts ORDER BY documents DESC LIMIT 1 OFFSET ? - 1)
                SELECT node.id, node.labels, node.properties, node.key, counts.documents
                FROM counts JOIN node ON node.id = counts.node_id
                WHERE counts.documents > 0 AND counts.documents >= (SELECT coalesce(min(documents), 0) FROM cutoff)
                ORDER BY counts.documents DESC, json_extract(node.properties, '$.name'), node.id
                LIMIT ?
                """, arguments: [label, limit, limit]).map { row in
                (Self.storedNode(row), row["documents"])
            }
        }
    }
}
