import DocGraphKit
import DocGraphStore

/// Reads the names a store holds, for the binder's warnings.
enum CatalogReader {
    static func catalog(_ session: QuerySession) throws -> GraphCatalog {
        let hasData = try session.rows("SELECT EXISTS (SELECT 1 FROM node)").rows.first?.first == .integer(1)
        guard hasData else { return .empty }
        func strings(_ sql: String) throws -> Set<String> {
            Set(try session.rows(sql).rows.compactMap { row -> String? in
                if case .text(let text)? = row.first { return text }
                return nil
            })
        }
        let labels = try strings("SELECT DISTINCT label FROM node_label")
        let types = try strings("SELECT DISTINCT type FROM relationship")
        let keys = try strings("SELECT DISTINCT j.key FROM node, json_each(node.properties) AS j")
            .union(try strings("SELECT DISTINCT j.key FROM relationship, json_each(relationship.properties) AS j"))
        return GraphCatalog(labels: labels.union(GraphVocabulary.nodeLabels),
                            relationshipTypes: types.union(GraphVocabulary.relationshipTypes),
                            propertyKeys: keys, hasData: true)
    }
}
