import DocGraphStore

/// Fills in the labels, types and properties of the nodes and relationships in result rows,
/// which SQL carries as ids only.
struct ResultHydrator {
    let session: QuerySession

    func hydrate(_ rows: [[CypherValue]]) throws -> [[CypherValue]] {
        var nodeIDs: Set<Int64> = []
        var relationshipIDs: Set<Int64> = []
        for row in rows { for value in row { collect(value, &nodeIDs, &relationshipIDs) } }
        guard !nodeIDs.isEmpty || !relationshipIDs.isEmpty else { return rows }
        var nodes: [Int64: CypherNode] = [:]
        var relationships: [Int64: CypherRelationship] = [:]
        if !nodeIDs.isEmpty {
            let found = try session.rows("SELECT id, labels, properties FROM node WHERE id IN (SELECT value FROM json_each(?1))",
                                         arguments: [.text(Self.list(nodeIDs))])
            for row in found.rows {
                guard case .integer(let id) = row[0], case .text(let labels) = row[1], case .text(let properties) = row[2] else { continue }
                nodes[id] = CypherNode(id: id, labels: Self.strings(try PropertyJSON.parse(labels)), properties: Self.map(try PropertyJSON.parse(properties)))
            }
        }
        if !relationshipIDs.isEmpty {
            let found = try session.rows("SELECT id, type, start_id, end_id, properties FROM relationship WHERE id IN (SELECT value FROM json_each(?1))",
                                         arguments: [.text(Self.list(relationshipIDs))])
            for row in found.rows {
                guard case .integer(let id) = row[0], case .text(let type) = row[1], case .integer(let start) = row[2],
                      case .integer(let end) = row[3], case .text(let properties) = row[4] else { continue }
                relationships[id] = CypherRelationship(id: id, type: type, startID: start, endID: end,
                                                       properties: Self.map(try PropertyJSON.parse(properties)))
            }
        }
        return rows.map { $0.map { fill($0, nodes, relationships) } }
    }

    static func list(_ ids: Set<Int64>) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    static func strings(_ value: CypherValue) -> [String] {
        guard case .list(let items) = value else { return [] }
        return items.compactMap { if case .string(let text) = $0 { return text } else { return nil } }
    }

    static func map(_ value: CypherValue) -> [String: CypherValue] {
        if case .map(let entries) = value { return entries.filter { !$0.value.isNull } }
        return [:]
    }

    func collect(_ value: CypherValue, _ nodes: inout Set<Int64>, _ relationships: inout Set<Int64>) {
        switch value {
        case .node(let node): nodes.insert(node.id)
        case .relationship(let relationship): relationships.insert(relationship.id)
        case .path(let path):
            nodes.formUnion(path.nodes.map(\.id))
            relationships.formUnion(path.relationships.map(\.id))
        case .list(let items): for item in items { collect(item, &nodes, &relationships) }
        case .map(let entries): for item in entries.values { collect(item, &nodes, &relationships) }
        default: break
        }
    }

    func fill(_ value: CypherValue, _ nodes: [Int64: CypherNode], _ relationships: [Int64: CypherRelationship]) -> CypherValue {
        switch value {
        case .node(let node): return .node(nodes[node.id] ?? node)
        case .relationship(let relationship): return .relationship(relationships[relationship.id] ?? relationship)
        case .path(let path):
            return .path(CypherPath(nodes: path.nodes.map { nodes[$0.id] ?? $0 },
                                    relationships: path.relationships.map { relationships[$0.id] ?? $0 }))
        case .list(let items): return .list(items.map { fill($0, nodes, relationships) })
        case .map(let entries): return .map(entries.mapValues { fill($0, nodes, relationships) })
        default: return value
        }
    }
}
