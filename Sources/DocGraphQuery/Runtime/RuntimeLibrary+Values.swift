import DocGraphStore

extension RuntimeLibrary {
    static let valueFunctions: [SQLFunction] = [
        function("cy_list", nil) { args throws(QueryError) in .list(args) },
        function("cy_map", nil) { args throws(QueryError) in
            var entries: [String: CypherValue] = [:]
            var index = 0
            while index + 1 < args.count {
                if case .string(let key) = args[index] { entries[key] = args[index + 1] }
                index += 2
            }
            return .map(entries)
        },
        function("cy_index", 2) { args throws(QueryError) in try index(args[0], args[1]) },
        // cy_slice(list, from, to, hasFrom, hasTo): an absent bound is open, a null bound gives null.
        function("cy_slice", 5) { args throws(QueryError) in try slice(args) },
        function("cy_get", 2) { args throws(QueryError) in
            switch (args[0], args[1]) {
            case (.null, _): return .null
            case (.map(let entries), .string(let key)): return entries[key] ?? .null
            default: throw CypherOperators.typeError("cannot read a property of \(args[0].typeName)")
            }
        },
        SQLFunction(name: "cy_kind", argumentCount: 1) { arguments in
            guard case .blob(let bytes) = arguments[0], let tag = bytes.first else { return .integer(0) }
            if tag == ValueCodec.Tag.node.rawValue { return .integer(1) }
            if tag == ValueCodec.Tag.relationship.rawValue { return .integer(2) }
            return .integer(0)
        },
        SQLFunction(name: "cy_node", argumentCount: 1) { arguments in
            guard case .integer(let id) = arguments[0] else { return .null }
            return ValueCodec.sqlValue(.node(CypherNode(id: id)))
        },
        SQLFunction(name: "cy_rel", argumentCount: 1) { arguments in
            guard case .integer(let id) = arguments[0] else { return .null }
            return ValueCodec.sqlValue(.relationship(CypherRelationship(id: id)))
        },
        SQLFunction(name: "cy_id", argumentCount: 1) { arguments in
            switch try ValueCodec.value(arguments[0]) {
            case .null: return .null
            case .node(let node): return .integer(node.id)
            case .relationship(let relationship): return .integer(relationship.id)
            case let other: throw CypherOperators.typeError("expected a node or relationship but got \(other.typeName)")
            }
        },
        // Every property read calls it: the JSON is read from SQLite's bytes without a String.
        SQLFunction(name: "cy_json", argumentCount: 1) { arguments in
            try arguments.withUTF8(at: 0, PropertyJSON.sqlValue(json:)) ?? .null
        },
        SQLFunction(name: "cy_tokens", argumentCount: 1) { arguments in
            let value = try ValueCodec.value(arguments[0])
            let items: [CypherValue]
            switch value {
            case .null: items = []
            case .list(let list): items = list
            default: items = [value]
            }
            return .text("[" + items.map { "\"" + ValueCodec.token($0) + "\"" }.joined(separator: ",") + "]")
        },
        SQLFunction(name: "cy_untoken", argumentCount: 1) { arguments in
            guard case .text(let token) = arguments[0] else { return .null }
            return ValueCodec.sqlValue(try ValueCodec.value(token: token))
        },
        SQLFunction(name: "cy_ftsquery", argumentCount: 1) { arguments in
            guard case .text(let text) = arguments[0] else {
                throw CypherOperators.typeError("docgraph.search() needs a string to search for")
            }
            let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            guard !words.isEmpty else { return .text("\"\"") }
            return .text(words.map { "\"" + $0 + "\"" }.joined(separator: " "))
        },
    ]

    static func index(_ container: CypherValue, _ key: CypherValue) throws(QueryError) -> CypherValue {
        switch (container, key) {
        case (.null, _), (_, .null): return .null
        case (.list(let items), .integer(let position)):
            let resolved = position < 0 ? Int64(items.count) + position : position
            guard resolved >= 0, resolved < Int64(items.count) else { return .null }
            return items[Int(resolved)]
        case (.map(let entries), .string(let name)): return entries[name] ?? .null
        case (.list, _):
            throw CypherOperators.typeError("a list index must be an integer, not \(key.typeName)")
        case (.map, _):
            throw CypherOperators.typeError("a map key must be a string, not \(key.typeName)")
        default:
            throw CypherOperators.typeError("cannot index \(container.typeName)")
        }
    }

    static func slice(_ args: [CypherValue]) throws(QueryError) -> CypherValue {
        guard case .list(let items) = args[0] else {
            if args[0].isNull { return .null }
            throw CypherOperators.typeError("cannot slice \(args[0].typeName)")
        }
        let count = Int64(items.count)
        func bound(_ value: CypherValue, present: CypherValue, open: Int64) throws(QueryError) -> Int64? {
            guard present == .boolean(true) else { return open }
            switch value {
            case .null: return nil
            case .integer(let int): return int < 0 ? max(count + int, 0) : min(int, count)
            default: throw CypherOperators.typeError("a slice bound must be an integer, not \(value.typeName)")
            }
        }
        guard let from = try bound(args[1], present: args[3], open: 0),
              let to = try bound(args[2], present: args[4], open: count) else { return .null }
        return from < to ? .list(Array(items[Int(from)..<Int(to)])) : .list([])
    }
}
