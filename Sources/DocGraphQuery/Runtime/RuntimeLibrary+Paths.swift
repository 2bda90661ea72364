import DocGraphStore

extension RuntimeLibrary {
    /// Paths are built while matching: `cy_path_start(node)`, then one `cy_path_step(path, rel, node)`
    /// per relationship, or `cy_path_var(path, rels, nodes)` for a variable-length hop, where rels
    /// and nodes are the comma-separated id lists the recursive query accumulates.
    static let pathFunctions: [SQLFunction] = [
        SQLFunction(name: "cy_path_start", argumentCount: 1) { arguments in
            guard case .integer(let id) = arguments[0] else { return .null }
            return ValueCodec.sqlValue(.path(CypherPath(nodes: [CypherNode(id: id)], relationships: [])))
        },
        SQLFunction(name: "cy_path_step", argumentCount: 3) { arguments in
            guard case .path(var path) = try ValueCodec.value(arguments[0]),
                  case .integer(let relationship) = arguments[1], case .integer(let node) = arguments[2] else { return .null }
            path.relationships.append(CypherRelationship(id: relationship))
            path.nodes.append(CypherNode(id: node))
            return ValueCodec.sqlValue(.path(path))
        },
        SQLFunction(name: "cy_path_var", argumentCount: 3) { arguments in
            guard case .path(var path) = try ValueCodec.value(arguments[0]) else { return .null }
            let relationships = ids(arguments[1])
            let nodes = ids(arguments[2]).dropFirst()
            path.relationships += relationships.map { CypherRelationship(id: $0) }
            path.nodes += nodes.map { CypherNode(id: $0) }
            return ValueCodec.sqlValue(.path(path))
        },
        SQLFunction(name: "cy_rellist", argumentCount: 1) { arguments in
            if arguments[0] == .null { return .null }
            return ValueCodec.sqlValue(.list(ids(arguments[0]).map { .relationship(CypherRelationship(id: $0)) }))
        },
    ]

    /// The ids in a `,1,2,3,` list.
    static func ids(_ value: SQLValue) -> [Int64] {
        guard case .text(let text) = value else { return [] }
        return text.split(separator: ",").compactMap { Int64($0) }
    }
}
