extension PartCompiler {
    /// MATCH: the previous rows joined with the pattern. OPTIONAL MATCH numbers the previous
    /// rows, matches the pattern for each, and LEFT JOINs the matches back.
    mutating func compileMatch(_ match: MatchClause) throws(QueryError) {
        let previous = layout
        var input = previous
        if match.optional {
            let numbered = name("q")
            let rowID = name("_rid")
            addCTE(numbered, "SELECT \(previous.relation).*, row_number() OVER () AS \(rowID) FROM \(previous.relation)")
            input.relation = numbered
            var scope = input.scope
            var pattern = try compilePattern(match.pattern.parts, scope: &scope, anchor: input)
            if let predicate = match.predicate { pattern.conditions.append("cy_test(\(try expression(predicate, scope)))") }
            let added = newColumns(scope, comparedTo: input)
            let matched = name("q")
            let selected = ["\(numbered).\(rowID) AS \(rowID)"] + added.map { "\($0.sql) AS \($0.column.column)" }
            addCTE(matched, "SELECT " + selected.joined(separator: ", ") + " FROM " + pattern.fromList(after: [numbered])
                   + Self.whereText(pattern.conditions))
            let joined = name("q")
            let columns = ["\(numbered).*"] + added.map { "\(matched).\($0.column.column) AS \($0.column.column)" }
            addCTE(joined, "SELECT " + columns.joined(separator: ", ") + " FROM \(numbered) LEFT JOIN \(matched) ON \(matched).\(rowID) = \(numbered).\(rowID)")
            layout = RowLayout(relation: joined, columns: previous.columns + added.map(\.column), orderColumn: previous.orderColumn)
            return
        }
        var scope = input.scope
        var pattern = try compilePattern(match.pattern.parts, scope: &scope, anchor: input)
        if let predicate = match.predicate { pattern.conditions.append("cy_test(\(try expression(predicate, scope)))") }
        let added = newColumns(scope, comparedTo: input)
        let next = name("q")
        let fromStart = previous.relation == startRelation && previous.columns.isEmpty && !pattern.from.isEmpty
        let leading = fromStart ? [] : [previous.relation]
        let columns = leading.map { "\($0).*" } + added.map { "\($0.sql) AS \($0.column.column)" }
        addCTE(next, "SELECT " + (columns.isEmpty ? ["1 AS _one"] : columns).joined(separator: ", ") + " FROM "
               + pattern.fromList(after: leading) + Self.whereText(pattern.conditions))
        layout = RowLayout(relation: next, columns: previous.columns + added.map(\.column), orderColumn: previous.orderColumn)
    }

    static func whereText(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    }

    /// The variables a pattern added to a scope, each with a fresh column name.
    mutating func newColumns(_ scope: CompilerScope, comparedTo input: RowLayout) -> [(sql: String, column: RowColumn)] {
        var added: [(String, RowColumn)] = []
        for (variable, entry) in scope.entries.sorted(by: { $0.key < $1.key }) where input.column(for: variable) == nil {
            added.append((entry.sql, RowColumn(variable: variable, column: name("v"), kind: entry.kind)))
        }
        return added
    }

    /// UNWIND: one row per element, in list order.
    mutating func compileUnwind(_ unwind: UnwindClause) throws(QueryError) {
        let previous = layout
        let list = try expression(unwind.expression, previous.scope)
        let element = name("j")
        let column = RowColumn(variable: unwind.variable.name, column: name("v"), kind: .value)
        var selected = ["\(previous.relation).*", "cy_untoken(\(element).value) AS \(column.column)"]
        var order: String?
        if let previousOrder = previous.orderColumn {
            let ordinal = name("_ord")
            selected.append("row_number() OVER (ORDER BY \(previous.relation).\(previousOrder), \(element).key) AS \(ordinal)")
            order = ordinal
        }
        let next = name("q")
        addCTE(next, "SELECT " + selected.joined(separator: ", ") + " FROM \(previous.relation), json_each(cy_tokens(\(list))) AS \(element)")
        layout = RowLayout(relation: next, columns: previous.columns + [column], orderColumn: order)
    }

    /// CALL docgraph.search(text) YIELD node, score: full-text search over node_fts, best first.
    mutating func compileCall(_ call: CallClause) throws(QueryError) {
        let previous = layout
        guard let argument = call.arguments.first else { return }
        if Binder.mentionsVariable(argument) {
            throw QueryError.semantic("NonConstantExpression", "docgraph.search needs a constant text or a parameter", at: argument.range)
        }
        let text = try expression(argument, CompilerScope())
        let hits = name("s")
        let order = name("_ord")
        let search = "(SELECT node_fts.rowid AS id, -bm25(node_fts) AS score FROM node_fts JOIN node ON node.id = node_fts.rowid "
            + "WHERE node_fts MATCH cy_ftsquery(\(text)))"
        let yields = call.yields.isEmpty
            ? [("node", "node"), ("score", "score")]
            : call.yields.map { ($0.field.text, $0.variable.name) }
        var columns: [RowColumn] = []
        var selected = ["\(previous.relation).*"]
        for (field, variable) in yields {
            let column = RowColumn(variable: variable, column: name("v"), kind: field == "node" ? .node : .value)
            selected.append("\(hits).\(field == "node" ? "id" : "score") AS \(column.column)")
            columns.append(column)
        }
        selected.append("row_number() OVER (ORDER BY \(hits).score DESC, \(hits).id) AS \(order)")
        var conditions: [String] = []
        if let predicate = call.predicate {
            var scope = previous.scope
            for (index, (field, variable)) in yields.enumerated() {
                scope[variable] = ScopeEntry(sql: "\(hits).\(field == "node" ? "id" : "score")", kind: columns[index].kind)
            }
            conditions.append("cy_test(\(try expression(predicate, scope)))")
        }
        let next = name("q")
        addCTE(next, "SELECT " + selected.joined(separator: ", ") + " FROM \(previous.relation), \(search) AS \(hits)"
               + Self.whereText(conditions))
        layout = RowLayout(relation: next, columns: previous.columns + columns, orderColumn: order)
    }

    /// The output of a query ending in CALL: every variable, as named.
    mutating func projectAll(_ variables: [String]) throws(QueryError) -> [RowColumn] {
        variables.compactMap { layout.column(for: $0) }
    }
}
