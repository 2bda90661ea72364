import DocGraphKit
import DocGraphStore

/// Reads the names a store holds, for the binder's warnings.
///
/// Reading every property key means reading every node and relationship, which takes seconds
/// on a large graph; a query should not pay that when it names nothing unknown. So the engine
/// first binds against a ``sampled(_:)`` catalog (every label and type, exactly, through their
/// indexes; the property keys of the first nodes of each label and relationships of each
/// type), and only when that binding warns does it read the ``exhaustive(_:)`` catalog and bind
/// again, so the warnings a user sees are always those of the exact catalog.
enum CatalogReader {
    /// Nodes and relationships per label and type whose property keys the sampled catalog reads.
    static let sampleSize = 20

    static func exhaustive(_ session: QuerySession) throws -> GraphCatalog {
        guard try hasData(session) else { return .empty }
        let keys = try strings(session, "SELECT DISTINCT j.key FROM node, json_each(node.properties) AS j")
            .union(try strings(session, "SELECT DISTINCT j.key FROM relationship, json_each(relationship.properties) AS j"))
        return try catalog(session, propertyKeys: keys)
    }

    static func sampled(_ session: QuerySession) throws -> GraphCatalog {
        guard try hasData(session) else { return .empty }
        let labels = try distinct(session, column: "label", table: "node_label")
        let types = try distinct(session, column: "type", table: "relationship")
        var keys = Set<String>()
        for label in labels {
            keys.formUnion(try strings(session, """
                SELECT DISTINCT j.key FROM (SELECT n.properties FROM node_label l JOIN node n ON n.id = l.node_id
                WHERE l.label = ?1 LIMIT \(sampleSize)) AS s, json_each(s.properties) AS j
                """, arguments: [.text(label)]))
        }
        for type in types {
            keys.formUnion(try strings(session, """
                SELECT DISTINCT j.key FROM (SELECT properties FROM relationship WHERE type = ?1 LIMIT \(sampleSize)) AS s,
                json_each(s.properties) AS j
                """, arguments: [.text(type)]))
        }
        return GraphCatalog(labels: labels.union(GraphVocabulary.nodeLabels),
                            relationshipTypes: types.union(GraphVocabulary.relationshipTypes),
                            propertyKeys: keys, hasData: true)
    }

    private static func catalog(_ session: QuerySession, propertyKeys: Set<String>) throws -> GraphCatalog {
        GraphCatalog(labels: try distinct(session, column: "label", table: "node_label").union(GraphVocabulary.nodeLabels),
                     relationshipTypes: try distinct(session, column: "type", table: "relationship")
                        .union(GraphVocabulary.relationshipTypes),
                     propertyKeys: propertyKeys, hasData: true)
    }

    private static func hasData(_ session: QuerySession) throws -> Bool {
        try session.rows("SELECT EXISTS (SELECT 1 FROM node)").rows.first?.first == .integer(1)
    }

    /// The distinct values of an indexed column, one index seek per value rather than a walk
    /// over every row.
    private static func distinct(_ session: QuerySession, column: String, table: String) throws -> Set<String> {
        try strings(session, """
            WITH RECURSIVE next(value) AS (
                SELECT min(\(column)) FROM \(table)
                UNION ALL
                SELECT (SELECT min(\(column)) FROM \(table) WHERE \(column) > next.value) FROM next WHERE next.value IS NOT NULL
            ) SELECT value FROM next WHERE value IS NOT NULL
            """)
    }

    private static func strings(_ session: QuerySession, _ sql: String, arguments: [SQLValue] = []) throws -> Set<String> {
        Set(try session.rows(sql, arguments: arguments).rows.compactMap { row -> String? in
            if case .text(let text)? = row.first { return text }
            return nil
        })
    }
}
