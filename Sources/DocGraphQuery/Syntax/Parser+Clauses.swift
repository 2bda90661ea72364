extension Parser {
    /// Statement := [EXPLAIN] UnionQuery [';'] EOF
    mutating func statement() throws(QueryError) -> Statement {
        let start = current.range.start
        let explain = accept(keyword: "EXPLAIN") != nil
        let query = try unionQuery()
        _ = accept(symbol: ";")
        guard current.kind == .end else {
            throw unexpected(expected: "a clause (MATCH, WITH, RETURN, CREATE, ...) or the end of the query")
        }
        return Statement(query: query, explain: explain, range: range(from: start))
    }

    /// UnionQuery := SingleQuery (UNION [ALL] SingleQuery)*
    mutating func unionQuery() throws(QueryError) -> UnionQuery {
        let start = current.range.start
        var parts = [try singleQuery()]
        var keepsDuplicates: [Bool] = []
        while accept(keyword: "UNION") != nil {
            keepsDuplicates.append(accept(keyword: "ALL") != nil)
            parts.append(try singleQuery())
        }
        return UnionQuery(parts: parts, keepsDuplicates: keepsDuplicates, range: range(from: start))
    }

    /// SingleQuery := Clause+
    mutating func singleQuery() throws(QueryError) -> SingleQuery {
        let start = current.range.start
        var clauses: [Clause] = []
        while let next = try clause() { clauses.append(next) }
        guard !clauses.isEmpty else {
            throw unexpected(expected: "a clause such as MATCH, RETURN, CREATE, UNWIND or WITH")
        }
        return SingleQuery(clauses: clauses, range: range(from: start))
    }

    /// Clause := Match | Unwind | With | Return | Create | Merge | Set | Remove | Delete | Call
    mutating func clause() throws(QueryError) -> Clause? {
        let word = current.name.map { current.kind == .quotedName($0) ? "" : $0.uppercased() } ?? ""
        switch word {
        case "MATCH", "OPTIONAL": return .match(try match())
        case "UNWIND": return .unwind(try unwind())
        case "WITH": return .with(try with())
        case "RETURN": return .return(try returnClause())
        case "CREATE": return .create(try create())
        case "MERGE": return .merge(try merge())
        case "SET": return .set(try set())
        case "REMOVE": return .remove(try remove())
        case "DELETE", "DETACH": return .delete(try delete())
        case "CALL": return .call(try call())
        default: return nil
        }
    }

    /// Match := [OPTIONAL] MATCH Pattern [WHERE Expression]
    mutating func match() throws(QueryError) -> MatchClause {
        let start = current.range.start
        let optional = accept(keyword: "OPTIONAL") != nil
        try expect(keyword: "MATCH")
        let pattern = try self.pattern()
        let predicate = try whereClause()
        return MatchClause(optional: optional, pattern: pattern, predicate: predicate, range: range(from: start))
    }

    /// Where := WHERE Expression
    mutating func whereClause() throws(QueryError) -> Expression? {
        guard accept(keyword: "WHERE") != nil else { return nil }
        return try expression()
    }

    /// Unwind := UNWIND Expression AS Variable
    mutating func unwind() throws(QueryError) -> UnwindClause {
        let start = try expect(keyword: "UNWIND").range.start
        let expression = try self.expression()
        try expect(keyword: "AS")
        let variable = try self.variable()
        return UnwindClause(expression: expression, variable: variable, range: range(from: start))
    }

    /// With := WITH ProjectionBody [WHERE Expression]
    mutating func with() throws(QueryError) -> WithClause {
        let start = try expect(keyword: "WITH").range.start
        let projection = try projectionBody()
        let predicate = try whereClause()
        return WithClause(projection: projection, predicate: predicate, range: range(from: start))
    }

    /// Return := RETURN ProjectionBody
    mutating func returnClause() throws(QueryError) -> ReturnClause {
        let start = try expect(keyword: "RETURN").range.start
        return ReturnClause(projection: try projectionBody(), range: range(from: start))
    }

    /// ProjectionBody := [DISTINCT] ProjectionItems [ORDER BY SortItem (',' SortItem)*] [SKIP Expression] [LIMIT Expression]
    mutating func projectionBody() throws(QueryError) -> Projection {
        let start = current.range.start
        let distinct = accept(keyword: "DISTINCT") != nil
        var includesAll = false
        var items: [ProjectionItem] = []
        if accept(symbol: "*") != nil {
            includesAll = true
            while accept(symbol: ",") != nil { items.append(try projectionItem()) }
        } else {
            repeat { items.append(try projectionItem()) } while accept(symbol: ",") != nil
        }
        var order: [SortItem] = []
        if accept(keyword: "ORDER") != nil {
            try expect(keyword: "BY")
            repeat { order.append(try sortItem()) } while accept(symbol: ",") != nil
        }
        let skip = accept(keyword: "SKIP") != nil ? try expression() : nil
        let limit = accept(keyword: "LIMIT") != nil ? try expression() : nil
        return Projection(distinct: distinct, includesAll: includesAll, items: items, order: order, skip: skip,
                          limit: limit, range: range(from: start))
    }

    /// ProjectionItem := Expression [AS Variable]
    mutating func projectionItem() throws(QueryError) -> ProjectionItem {
        let start = current.range.start
        let expression = try self.expression()
        if accept(keyword: "AS") != nil {
            let alias = try variable()
            return ProjectionItem(expression: expression, alias: alias, name: alias.name, range: range(from: start))
        }
        return ProjectionItem(expression: expression, alias: nil, name: source.text(of: expression.range),
                              range: range(from: start))
    }

    /// SortItem := Expression [ASC | ASCENDING | DESC | DESCENDING]
    mutating func sortItem() throws(QueryError) -> SortItem {
        let start = current.range.start
        let expression = try self.expression()
        var descending = false
        if accept(keyword: "DESC") != nil || accept(keyword: "DESCENDING") != nil {
            descending = true
        } else if accept(keyword: "ASC") == nil {
            _ = accept(keyword: "ASCENDING")
        }
        return SortItem(expression: expression, descending: descending, range: range(from: start))
    }
}
