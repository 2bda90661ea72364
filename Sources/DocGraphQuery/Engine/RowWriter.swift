import DocGraphStore

/// Applies a compiled write clause to rows held in memory, through the store's curation API.
struct RowWriter {
    let session: QuerySession
    let width: Int

    mutating func apply(_ step: WriteStep, to rows: [[SQLValue]]) throws -> [[SQLValue]] {
        var output: [[SQLValue]] = []
        if case .delete(let evaluator, let detach) = step {
            try delete(rows, evaluator, detach: detach)
            return rows
        }
        for original in rows {
            var row = original + Array(repeating: SQLValue.null, count: max(0, width - original.count))
            switch step {
            case .create(let actions):
                try create(actions, &row)
                output.append(row)
            case .merge(let plan):
                let matches = try session.rows(plan.match.statement(for: row).sql, arguments: plan.match.statement(for: row).arguments).rows
                if matches.isEmpty {
                    try create(plan.create, &row)
                    try set(plan.onCreate, row)
                    output.append(row)
                } else {
                    for match in matches {
                        var matched = row
                        for (index, column) in plan.matchColumns.enumerated() where index < match.count { matched[column] = match[index] }
                        try set(plan.onMatch, matched)
                        output.append(matched)
                    }
                }
            case .set(let actions):
                try set(actions, row)
                output.append(row)
            case .delete:
                output.append(row)
            }
        }
        return output
    }

    func evaluate(_ evaluator: RowEvaluator, _ row: [SQLValue]) throws -> [CypherValue] {
        let statement = evaluator.statement(for: row)
        guard let values = try session.rows(statement.sql, arguments: statement.arguments).rows.first else { return [] }
        return try values.map { try ValueCodec.value($0) }
    }

    func create(_ actions: [CreateAction], _ row: inout [SQLValue]) throws {
        for action in actions {
            switch action {
            case .node(let column, let labels, let properties):
                let map = try properties.map { try evaluate($0, row).first ?? .null } ?? .map([:])
                let id = try session.createNode(labels: labels, propertiesJSON: try Self.propertyJSON(map))
                row[column] = .integer(id)
            case .relationship(let column, let type, let from, let to, let properties):
                guard let start = try Self.entityID(row[from]), let end = try Self.entityID(row[to]) else {
                    throw QueryError.runtime("InvalidArgumentType", "cannot create a \(type) relationship with a missing node (null)")
                }
                let map = try properties.map { try evaluate($0, row).first ?? .null } ?? .map([:])
                row[column] = .integer(try session.createRelationship(type: type, from: start, to: end, propertiesJSON: try Self.propertyJSON(map)))
            case .path(let column, let elements):
                var path = CypherPath(nodes: [], relationships: [])
                for (index, element) in elements.enumerated() {
                    let id = try Self.entityID(row[element]) ?? 0
                    if index % 2 == 0 { path.nodes.append(CypherNode(id: id)) } else { path.relationships.append(CypherRelationship(id: id)) }
                }
                row[column] = ValueCodec.sqlValue(.path(path))
            }
        }
    }

    /// A map's properties as a JSON object, nulls left out; maps are refused as property values.
    static func propertyJSON(_ value: CypherValue) throws -> String {
        switch value {
        case .null: return "{}"
        case .map(let entries):
            for (key, item) in entries {
                if case .map = item { throw QueryError.runtime("InvalidPropertyType", "the property \(key) cannot hold a map") }
            }
            return try PropertyJSON.serialize(.map(entries.filter { !$0.value.isNull }))
        default:
            throw QueryError.runtime("InvalidPropertyType", "properties must be given as a map, not \(value.typeName)")
        }
    }

    static func entityID(_ value: SQLValue) throws -> Int64? {
        if case .integer(let id) = value { return id }
        switch try ValueCodec.value(value) {
        case .node(let node): return node.id
        case .relationship(let relationship): return relationship.id
        default: return nil
        }
    }
}
