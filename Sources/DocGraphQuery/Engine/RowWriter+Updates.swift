import DocGraphStore

extension RowWriter {
    func set(_ actions: [SetAction], _ row: [SQLValue]) throws {
        for action in actions {
            switch action {
            case .property(let evaluator, let key):
                let values = try evaluate(evaluator, row)
                guard values.count == 2 else { continue }
                if case .map = values[1] { throw QueryError.runtime("InvalidPropertyType", "the property \(key) cannot hold a map") }
                let json = values[1].isNull ? nil : try PropertyJSON.serialize(values[1])
                try setProperties(of: values[0], [key: json])
            case .properties(let evaluator, let merge):
                let values = try evaluate(evaluator, row)
                guard values.count == 2 else { continue }
                let map = try properties(of: values[1])
                var changes: [String: String?] = [:]
                if !merge {
                    for key in try properties(of: values[0]).keys where map[key] == nil { changes[key] = .some(nil) }
                }
                for (key, value) in map {
                    if case .map = value { throw QueryError.runtime("InvalidPropertyType", "the property \(key) cannot hold a map") }
                    changes[key] = value.isNull ? .some(nil) : .some(try PropertyJSON.serialize(value))
                }
                try setProperties(of: values[0], changes)
            case .labels(let evaluator, let labels, let add):
                guard case .node(let node)? = try evaluate(evaluator, row).first else { continue }
                try session.changeLabels(ofNode: node.id, adding: add ? labels : [], removing: add ? [] : labels)
            }
        }
    }

    func setProperties(of target: CypherValue, _ changes: [String: String?]) throws {
        switch target {
        case .null: return
        case .node(let node): try session.setNodeProperties(node.id, changes)
        case .relationship(let relationship): try session.setRelationshipProperties(relationship.id, changes)
        default: throw QueryError.runtime("InvalidArgumentType", "SET needs a node or relationship, not \(target.typeName)")
        }
    }

    /// The properties of a map, node or relationship.
    func properties(of value: CypherValue) throws -> [String: CypherValue] {
        switch value {
        case .null: return [:]
        case .map(let entries): return entries
        case .node(let node): return try stored("node", node.id)
        case .relationship(let relationship): return try stored("relationship", relationship.id)
        default: throw QueryError.runtime("InvalidArgumentType", "expected a map of properties, not \(value.typeName)")
        }
    }

    func stored(_ table: String, _ id: Int64) throws -> [String: CypherValue] {
        let rows = try session.rows("SELECT properties FROM \(table == "node" ? "node" : "relationship") WHERE id = ?1", arguments: [.integer(id)])
        guard case .text(let text)? = rows.rows.first?.first, case .map(let entries) = try PropertyJSON.parse(text) else { return [:] }
        return entries
    }

    /// DELETE over all rows: relationships first, then nodes, so a row order never matters.
    func delete(_ rows: [[SQLValue]], _ evaluator: RowEvaluator, detach: Bool) throws {
        var nodes: [Int64] = []
        var relationships: [Int64] = []
        func collect(_ value: CypherValue) throws {
            switch value {
            case .null: return
            case .node(let node): if !nodes.contains(node.id) { nodes.append(node.id) }
            case .relationship(let relationship): if !relationships.contains(relationship.id) { relationships.append(relationship.id) }
            case .path(let path):
                for relationship in path.relationships { try collect(.relationship(relationship)) }
                for node in path.nodes { try collect(.node(node)) }
            case .list(let items): for item in items { try collect(item) }
            default: throw QueryError.runtime("InvalidArgumentType", "DELETE needs a node, relationship or path, not \(value.typeName)")
            }
        }
        for row in rows {
            for value in try evaluate(evaluator, row) { try collect(value) }
        }
        for relationship in relationships { try session.deleteRelationship(relationship) }
        for node in nodes { try session.deleteNode(node, detach: detach) }
    }
}
