extension PartCompiler {
    mutating func compileWith(_ with: WithClause) throws(QueryError) {
        layout = try compileProjection(with.projection)
        if let predicate = with.predicate {
            let filtered = name("q")
            addCTE(filtered, "SELECT * FROM \(layout.relation) WHERE cy_test(\(try expression(predicate, layout.scope)))")
            layout.relation = filtered
        }
    }

    mutating func compileReturn(_ ret: ReturnClause) throws(QueryError) -> [RowColumn] {
        layout = try compileProjection(ret.projection)
        return layout.columns
    }

    /// One projection item ready to select.
    struct ProjectedItem {
        var name: String
        var expression: Expression
        var sql: String
        var column: RowColumn
        var isAggregate: Bool
    }

    /// RETURN and WITH: select the items (grouping when there are aggregates, de-duplicating for
    /// DISTINCT), then order, skip and limit.
    mutating func compileProjection(_ projection: Projection) throws(QueryError) -> RowLayout {
        let previous = layout
        let scope = previous.scope
        var sources: [(String, Expression)] = []
        if projection.includesAll {
            for column in previous.columns.sorted(by: { $0.variable < $1.variable }) where !column.variable.hasPrefix(" ") {
                sources.append((column.variable, Expression(.variable(column.variable), projection.range)))
            }
        }
        sources += projection.items.map { ($0.name, $0.expression) }
        var items: [ProjectedItem] = []
        for (itemName, expression) in sources {
            let column = name("v")
            if case .variable(let variable) = expression.kind, let entry = scope[variable] {
                items.append(ProjectedItem(name: itemName, expression: expression, sql: entry.sql,
                                           column: RowColumn(variable: itemName, column: column, kind: entry.kind), isAggregate: false))
            } else {
                items.append(ProjectedItem(name: itemName, expression: expression, sql: try self.expression(expression, scope),
                                           column: RowColumn(variable: itemName, column: column, kind: .value),
                                           isAggregate: AggregateFinder.contains(expression)))
            }
        }
        let aggregating = items.contains(where: \.isAggregate)
        var selected = items.map { "\($0.sql) AS \($0.column.column)" }
        var sortColumns: [(String, Bool)] = []
        let grouped = aggregating || projection.distinct
        if !grouped {
            // ORDER BY may use the items' names and the variables before the projection.
            var orderScope = scope
            for item in items { orderScope[item.name] = ScopeEntry(sql: item.sql, kind: item.column.kind) }
            for sort in projection.order {
                let key = name("_s")
                selected.append("cy_sortkey(\(Self.valueSQL(ScopeEntry(sql: try expression(sort.expression, orderScope), kind: .value)))) AS \(key)")
                sortColumns.append((key, sort.descending))
            }
            if projection.order.isEmpty, let order = previous.orderColumn {
                selected.append("\(previous.relation).\(order) AS \(order)")
            }
        }
        if selected.isEmpty { selected = ["1 AS _one"] }
        var body = "SELECT " + (projection.distinct && !aggregating ? "DISTINCT " : "") + selected.joined(separator: ", ") + " FROM \(previous.relation)"
        let keys = items.filter { !$0.isAggregate }.map(\.sql)
        if aggregating, !keys.isEmpty {
            if let twoStep = try preAggregatedBody(items, from: previous.relation, scope: scope) {
                body = twoStep
            } else {
                body += " GROUP BY " + keys.joined(separator: ", ")
            }
        }
        let projected = name("q")
        addCTE(projected, body)
        var result = RowLayout(relation: projected, columns: items.map(\.column),
                               orderColumn: grouped || !projection.order.isEmpty ? nil : previous.orderColumn)
        if grouped {
            var outputScope = result.scope
            let byText = Dictionary(items.map { (ExpressionPrinter.text($0.expression), $0) }, uniquingKeysWith: { first, _ in first })
            for item in items { outputScope[item.name] = ScopeEntry(sql: "\(projected).\(item.column.column)", kind: item.column.kind) }
            var sortSQL: [(String, Bool)] = []
            for sort in projection.order {
                let sorted = byText[ExpressionPrinter.text(sort.expression)] ?? {
                    if case .variable(let name) = sort.expression.kind { return items.first { $0.name == name } }
                    return nil
                }()
                if let count = sorted, count.isAggregate, Self.isPlainCount(count.expression) {
                    // A count is a plain SQL integer, never null: SQLite orders it as Cypher does.
                    sortSQL.append(("\(projected).\(count.column.column)", sort.descending))
                    continue
                }
                let sql: String
                if let item = byText[ExpressionPrinter.text(sort.expression)] {
                    sql = Self.valueSQL(ScopeEntry(sql: "\(projected).\(item.column.column)", kind: item.column.kind))
                } else {
                    sql = try expression(sort.expression, outputScope)
                }
                sortSQL.append(("cy_sortkey(\(sql))", sort.descending))
            }
            sortColumns = sortSQL
        }
        let bounded = projection.skip != nil || projection.limit != nil
        var limit = "-1", offset = "0"
        if bounded {
            limit = try projection.limit.map { (expression: Expression) throws(QueryError) -> String in
                "cy_rowcount(\(try self.expression(expression, CompilerScope())))"
            } ?? "-1"
            offset = try projection.skip.map { (expression: Expression) throws(QueryError) -> String in
                "cy_rowcount(\(try self.expression(expression, CompilerScope())))"
            } ?? "0"
        }
        if !sortColumns.isEmpty, bounded {
            // Sorted and cut in one step, each row's keys made once, so SQLite keeps only the
            // rows that survive the cut instead of numbering every row first; then numbered.
            let limited = name("q")
            var keys: [String] = []
            var terms: [String] = []
            for (sql, descending) in sortColumns {
                let key = name("_k")
                keys.append("\(sql) AS \(key)")
                terms.append(key + (descending ? " DESC" : ""))
            }
            addCTE(limited, "SELECT \(result.relation).*, " + keys.joined(separator: ", ") + " FROM \(result.relation) ORDER BY "
                   + terms.joined(separator: ", ") + " LIMIT \(limit) OFFSET \(offset)")
            let ordered = name("q")
            let order = name("_ord")
            addCTE(ordered, "SELECT \(limited).*, row_number() OVER (ORDER BY \(terms.joined(separator: ", "))) AS \(order) FROM \(limited)")
            result.relation = ordered
            result.orderColumn = order
            return result
        }
        if !sortColumns.isEmpty {
            let ordered = name("q")
            let order = name("_ord")
            let terms = sortColumns.map { $0.0 + ($0.1 ? " DESC" : "") }.joined(separator: ", ")
            addCTE(ordered, "SELECT \(result.relation).*, row_number() OVER (ORDER BY \(terms)) AS \(order) FROM \(result.relation)")
            result.relation = ordered
            result.orderColumn = order
        }
        if bounded {
            let limited = name("q")
            let order = result.orderColumn.map { " ORDER BY \($0)" } ?? ""
            addCTE(limited, "SELECT * FROM \(result.relation)\(order) LIMIT \(limit) OFFSET \(offset)")
            result.relation = limited
        }
        return result
    }
}
