extension PartCompiler {
    static let aggregateFunctions: [String: String] = [
        "count": "cy_count", "collect": "cy_collect", "sum": "cy_sum", "avg": "cy_avg", "min": "cy_min", "max": "cy_max",
    ]

    /// A function call: aggregates as SQL aggregates, graph functions as reads of the store,
    /// value functions as the registered `cy_fn_` functions.
    mutating func function(_ name: String, distinct: Bool, _ arguments: [Expression], at range: SourceRange,
                           _ scope: CompilerScope) throws(QueryError) -> String {
        if name == "count", let argument = arguments.first, entityKind(argument, scope) != .value {
            // A node or relationship is null exactly when its id is: count the ids natively
            // rather than encoding a reference for every row.
            return "count(\(distinct ? "DISTINCT " : "")\(try entityID(argument, scope)))"
        }
        if let aggregate = Self.aggregateFunctions[name], let argument = arguments.first {
            return "\(aggregate)(\(distinct ? "DISTINCT " : "")\(try expression(argument, scope)))"
        }
        if FunctionCatalog.graphFunctions.contains(name), let argument = arguments.first {
            return try graphFunction(name, argument, scope)
        }
        guard let function = CypherFunctions.all[name] else {
            throw QueryError.semantic("UnknownFunction", "unknown function \(name)()", at: range)
        }
        var parts: [String] = []
        for argument in arguments { parts.append(try expression(argument, scope)) }
        return "\(function.sqlName)(" + parts.joined(separator: ", ") + ")"
    }

    mutating func graphFunction(_ name: String, _ argument: Expression, _ scope: CompilerScope) throws(QueryError) -> String {
        let kind = entityKind(argument, scope)
        switch name {
        case "exists":
            if case .pattern = argument.kind { return try expression(argument, scope) }
            return "cy_bool(\(try expression(argument, scope)) IS NOT NULL)"
        case "id":
            if kind != .value { return try entityID(argument, scope) }
            return "cy_fn_id(\(try expression(argument, scope)))"
        case "labels":
            return "(SELECT cy_json(labels) FROM node WHERE id = \(try entityID(argument, scope)))"
        case "type":
            return "(SELECT type FROM relationship WHERE id = \(try entityID(argument, scope)))"
        case "startnode":
            return "(SELECT cy_node(start_id) FROM relationship WHERE id = \(try entityID(argument, scope)))"
        case "endnode":
            return "(SELECT cy_node(end_id) FROM relationship WHERE id = \(try entityID(argument, scope)))"
        default:
            // properties and keys: of a node, a relationship, or a map.
            let wrap = { (sql: String) in name == "keys" ? "cy_fn_keys(\(sql))" : sql }
            switch kind {
            case .node: return wrap("(SELECT cy_json(properties) FROM node WHERE id = \(try entityID(argument, scope)))")
            case .relationship: return wrap("(SELECT cy_json(properties) FROM relationship WHERE id = \(try entityID(argument, scope)))")
            case .value:
                let value = try expression(argument, scope)
                return wrap("(CASE cy_kind(\(value)) WHEN 1 THEN (SELECT cy_json(properties) FROM node WHERE id = cy_id(\(value)))"
                            + " WHEN 2 THEN (SELECT cy_json(properties) FROM relationship WHERE id = cy_id(\(value)))"
                            + " ELSE \(value) END)")
            }
        }
    }
}
