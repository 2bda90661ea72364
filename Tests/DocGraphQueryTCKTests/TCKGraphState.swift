import DocGraphQuery

/// What the TCK's side effects compare: the graph's nodes, relationships, label names and
/// properties, read through the query engine.
struct TCKGraphState {
    var nodes: Set<Int64> = []
    var relationships: Set<Int64> = []
    var labels: Set<String> = []
    var properties: Set<String> = []

    init(_ engine: QueryEngine) throws {
        let nodeRows = try engine.run("MATCH (n) RETURN id(n), labels(n), properties(n)").rows
        for row in nodeRows {
            guard case .integer(let id) = row[0] else { continue }
            nodes.insert(id)
            if case .list(let names) = row[1] {
                for case .string(let label) in names { labels.insert(label) }
            }
            if case .map(let entries) = row[2] {
                for (key, value) in entries { properties.insert("n\(id).\(key)=\(CypherLiteralFormat.format(value))") }
            }
        }
        let relationshipRows = try engine.run("MATCH ()-[r]->() RETURN id(r), properties(r)").rows
        for row in relationshipRows {
            guard case .integer(let id) = row[0] else { continue }
            relationships.insert(id)
            if case .map(let entries) = row[1] {
                for (key, value) in entries { properties.insert("r\(id).\(key)=\(CypherLiteralFormat.format(value))") }
            }
        }
    }

    /// The side effects from `before` to this state, as the TCK names them.
    func effects(since before: TCKGraphState) -> [String: Int] {
        [
            "+nodes": nodes.subtracting(before.nodes).count, "-nodes": before.nodes.subtracting(nodes).count,
            "+relationships": relationships.subtracting(before.relationships).count,
            "-relationships": before.relationships.subtracting(relationships).count,
            "+labels": labels.subtracting(before.labels).count, "-labels": before.labels.subtracting(labels).count,
            "+properties": properties.subtracting(before.properties).count,
            "-properties": before.properties.subtracting(properties).count,
        ]
    }
}
