extension CypherFunctions {
    static let listFunctions: [CypherFunction] = [
        CypherFunction(name: "size", arity: 1...1) { args throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .list(let items): return .integer(Int64(items.count))
            case .string(let text): return .integer(Int64(text.unicodeScalars.count))
            case .map(let entries): return .integer(Int64(entries.count))
            default: throw argumentError("size", args[0])
            }
        },
        CypherFunction(name: "length", arity: 1...1) { args throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .path(let path): return .integer(Int64(path.relationships.count))
            case .list(let items): return .integer(Int64(items.count))
            case .string(let text): return .integer(Int64(text.unicodeScalars.count))
            default: throw argumentError("length", args[0])
            }
        },
        CypherFunction(name: "head", arity: 1...1) { args throws(QueryError) in
            guard case .list(let items) = args[0] else { return try nullOrError("head", args[0]) }
            return items.first ?? .null
        },
        CypherFunction(name: "last", arity: 1...1) { args throws(QueryError) in
            guard case .list(let items) = args[0] else { return try nullOrError("last", args[0]) }
            return items.last ?? .null
        },
        CypherFunction(name: "tail", arity: 1...1) { args throws(QueryError) in
            guard case .list(let items) = args[0] else { return try nullOrError("tail", args[0]) }
            return .list(Array(items.dropFirst()))
        },
        CypherFunction(name: "reverse", arity: 1...1) { args throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .list(let items): return .list(items.reversed())
            case .string(let text): return .string(String(String.UnicodeScalarView(text.unicodeScalars.reversed())))
            default: throw argumentError("reverse", args[0])
            }
        },
        CypherFunction(name: "range", arity: 2...3) { args throws(QueryError) in
            guard let start = try integer("range", args[0]), let end = try integer("range", args[1]) else {
                throw argumentError("range", .null)
            }
            let step = args.count > 2 ? try integer("range", args[2]) : 1
            guard let step, step != 0 else {
                throw QueryError.runtime("NumberOutOfRange", "range() needs a step other than 0")
            }
            let count = step > 0 ? (end >= start ? (end - start) / step + 1 : 0) : (start >= end ? (start - end) / -step + 1 : 0)
            guard count <= 10_000_000 else { throw QueryError.runtime("NumberOutOfRange", "range() would hold \(count) items") }
            return .list((0..<count).map { .integer(start + $0 * step) })
        },
        CypherFunction(name: "coalesce", arity: 1...Int(Int16.max)) { args throws(QueryError) in
            args.first { !$0.isNull } ?? .null
        },
        CypherFunction(name: "keys", arity: 1...1) { args throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .map(let entries): return .list(entries.keys.sorted().map(CypherValue.string))
            default: throw argumentError("keys", args[0])
            }
        },
        CypherFunction(name: "nodes", arity: 1...1) { args throws(QueryError) in
            guard case .path(let path) = args[0] else { return try nullOrError("nodes", args[0]) }
            return .list(path.nodes.map(CypherValue.node))
        },
        CypherFunction(name: "relationships", arity: 1...1) { args throws(QueryError) in
            guard case .path(let path) = args[0] else { return try nullOrError("relationships", args[0]) }
            return .list(path.relationships.map(CypherValue.relationship))
        },
        CypherFunction(name: "id", arity: 1...1) { args throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .node(let node): return .integer(node.id)
            case .relationship(let relationship): return .integer(relationship.id)
            default: throw argumentError("id", args[0])
            }
        },
    ]

    static func nullOrError(_ function: String, _ value: CypherValue) throws(QueryError) -> CypherValue {
        if value.isNull { return .null }
        throw argumentError(function, value)
    }
}
