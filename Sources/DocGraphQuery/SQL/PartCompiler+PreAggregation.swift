extension PartCompiler {
    /// Grouping in two steps when every grouping key is a node or relationship, or a property
    /// of one, and every aggregate is a plain `count`: rows are first counted per entity id
    /// (integers, compared natively), then the keys are read once per entity rather than once
    /// per row, and the counts summed per key. `MATCH (o)-[:ATTENDED]->(m) RETURN o.name,
    /// count(m)` reads each organisation's name once, not once per meeting. The rows are the
    /// same as grouping by the keys directly; `nil` when the projection is not of this shape.
    mutating func preAggregatedBody(_ items: [ProjectedItem], from relation: String, scope: CompilerScope) throws(QueryError) -> String? {
        // Decided before anything is compiled, so a projection of another shape binds nothing.
        var entities: [(variable: String, entry: ScopeEntry)] = []
        for item in items {
            if item.isAggregate {
                guard Self.isPlainCount(item.expression) else { return nil }
            } else {
                guard let variable = Self.groupingEntity(item.expression), let entry = scope[variable], entry.kind != .value else { return nil }
                if !entities.contains(where: { $0.variable == variable }) { entities.append((variable, entry)) }
            }
        }
        guard !entities.isEmpty else { return nil }
        let partial = name("q")
        var groupColumns: [String: String] = [:]
        var inner: [String] = []
        for (variable, entry) in entities {
            let column = name("g")
            inner.append("\(entry.sql) AS \(column)")
            groupColumns[variable] = column
        }
        let groups = (1...inner.count).map(String.init).joined(separator: ", ")
        var outer: [String] = []
        var keys: [String] = []
        for item in items {
            let column: String
            if item.isAggregate {
                column = name("c")
                inner.append("\(try countSQL(item.expression, scope)) AS \(column)")
                outer.append("sum(\(partial).\(column)) AS \(item.column.column)")
                continue
            }
            if case .variable(let variable) = item.expression.kind, let group = groupColumns[variable] {
                column = group
            } else {
                // Read once per entity, in the first step, where the entity's id is a group.
                column = name("k")
                inner.append("\(item.sql) AS \(column)")
            }
            keys.append("\(partial).\(column)")
            outer.append("\(partial).\(column) AS \(item.column.column)")
        }
        addCTE(partial, "SELECT " + inner.joined(separator: ", ") + " FROM \(relation) GROUP BY \(groups)")
        return "SELECT " + outer.joined(separator: ", ") + " FROM \(partial) GROUP BY " + keys.joined(separator: ", ")
    }

    /// The variable a grouping key is determined by: `x` or `x.key`.
    static func groupingEntity(_ expression: Expression) -> String? {
        switch expression.kind {
        case .variable(let name): return name
        case .property(let subject, _):
            if case .variable(let name) = subject.kind { return name }
            return nil
        default: return nil
        }
    }

    /// True for `count(*)` and `count(x)`, the aggregates whose partial results add up.
    static func isPlainCount(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .countAll: return true
        case .function("count", false, let arguments): return arguments.count == 1 && !AggregateFinder.contains(arguments[0])
        default: return false
        }
    }

    /// A plain count (see ``isPlainCount(_:)``) as SQL.
    mutating func countSQL(_ expression: Expression, _ scope: CompilerScope) throws(QueryError) -> String {
        if case .countAll = expression.kind { return "count(*)" }
        return try self.expression(expression, scope)
    }
}
