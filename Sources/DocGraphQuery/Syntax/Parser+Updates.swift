extension Parser {
    /// Create := CREATE Pattern
    mutating func create() throws(QueryError) -> CreateClause {
        let start = try expect(keyword: "CREATE").range.start
        return CreateClause(pattern: try pattern(), range: range(from: start))
    }

    /// Merge := MERGE PatternPart (ON (CREATE | MATCH) SET SetItem (',' SetItem)*)*
    mutating func merge() throws(QueryError) -> MergeClause {
        let start = try expect(keyword: "MERGE").range.start
        let part = try patternPart()
        var onCreate: [SetItem] = []
        var onMatch: [SetItem] = []
        while accept(keyword: "ON") != nil {
            let creating: Bool
            if accept(keyword: "CREATE") != nil {
                creating = true
            } else if accept(keyword: "MATCH") != nil {
                creating = false
            } else {
                throw unexpected(expected: "CREATE or MATCH after ON")
            }
            try expect(keyword: "SET")
            var items: [SetItem] = []
            repeat { items.append(try setItem()) } while accept(symbol: ",") != nil
            if creating { onCreate += items } else { onMatch += items }
        }
        return MergeClause(part: part, onCreate: onCreate, onMatch: onMatch, range: range(from: start))
    }

    /// Set := SET SetItem (',' SetItem)*
    mutating func set() throws(QueryError) -> SetClause {
        let start = try expect(keyword: "SET").range.start
        var items: [SetItem] = []
        repeat { items.append(try setItem()) } while accept(symbol: ",") != nil
        return SetClause(items: items, range: range(from: start))
    }

    /// SetItem := PropertyExpression '=' Expression | Variable ('=' | '+=') Expression | Variable NodeLabels
    mutating func setItem() throws(QueryError) -> SetItem {
        let start = current.range.start
        if peek(1).isSymbol("=") || peek(1).isSymbol("+=") || peek(1).isSymbol(":") {
            let variable = try self.variable()
            if accept(symbol: "=") != nil {
                return .replaceAll(variable: variable, value: try expression(), range: range(from: start))
            }
            if accept(symbol: "+=") != nil {
                return .mergeAll(variable: variable, value: try expression(), range: range(from: start))
            }
            return .labels(variable: variable, labels: try nodeLabels(), range: range(from: start))
        }
        let (target, key) = try propertyTarget()
        try expect(symbol: "=")
        return .property(target: target, key: key, value: try expression(), range: range(from: start))
    }

    /// PropertyExpression := Atom ('.' PropertyKeyName)+ ; returns the owner and the last key.
    mutating func propertyTarget() throws(QueryError) -> (Expression, String) {
        let expression = try postfixExpression()
        guard case .property(let owner, let key) = expression.kind else {
            throw QueryError.syntax("UnexpectedSyntax", "expected a property such as n.name", at: expression.range)
        }
        return (owner, key)
    }

    /// Remove := REMOVE RemoveItem (',' RemoveItem)* ; RemoveItem := Variable NodeLabels | PropertyExpression
    mutating func remove() throws(QueryError) -> RemoveClause {
        let start = try expect(keyword: "REMOVE").range.start
        var items: [RemoveItem] = []
        repeat {
            let itemStart = current.range.start
            if peek(1).isSymbol(":") {
                let variable = try self.variable()
                items.append(.labels(variable: variable, labels: try nodeLabels(), range: range(from: itemStart)))
            } else {
                let (target, key) = try propertyTarget()
                items.append(.property(target: target, key: key, range: range(from: itemStart)))
            }
        } while accept(symbol: ",") != nil
        return RemoveClause(items: items, range: range(from: start))
    }

    /// Delete := [DETACH] DELETE Expression (',' Expression)*
    mutating func delete() throws(QueryError) -> DeleteClause {
        let start = current.range.start
        let detach = accept(keyword: "DETACH") != nil
        try expect(keyword: "DELETE")
        var expressions: [Expression] = []
        repeat { expressions.append(try expression()) } while accept(symbol: ",") != nil
        return DeleteClause(detach: detach, expressions: expressions, range: range(from: start))
    }

    /// Call := CALL ProcedureName '(' [Expression (',' Expression)*] ')' [YIELD YieldItem (',' YieldItem)* [WHERE Expression]]
    mutating func call() throws(QueryError) -> CallClause {
        let start = try expect(keyword: "CALL").range.start
        var parts = [try symbolicName("a procedure name such as docgraph.search").text]
        while accept(symbol: ".") != nil { parts.append(try symbolicName("a procedure name").text) }
        try expect(symbol: "(")
        var arguments: [Expression] = []
        if accept(symbol: ")") == nil {
            repeat { arguments.append(try expression()) } while accept(symbol: ",") != nil
            try expect(symbol: ")")
        }
        var yields: [YieldItem] = []
        var predicate: Expression?
        if accept(keyword: "YIELD") != nil {
            repeat {
                let field = try symbolicName("a field to yield")
                let variable = accept(keyword: "AS") != nil ? try self.variable() : Variable(name: field.text, range: field.range)
                yields.append(YieldItem(field: field, variable: variable))
            } while accept(symbol: ",") != nil
            predicate = try whereClause()
        }
        return CallClause(procedure: parts.joined(separator: "."), arguments: arguments, yields: yields,
                          predicate: predicate, range: range(from: start))
    }
}
