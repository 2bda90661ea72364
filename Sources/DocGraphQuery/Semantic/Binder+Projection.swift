extension Binder {
    /// Checks RETURN or WITH; returns the scope after it and its column names.
    mutating func bindProjection(_ projection: Projection, in scope: BinderScope, isWith: Bool)
        throws(QueryError) -> (scope: BinderScope, columns: [String]) {
        var items: [(name: String, expression: Expression, range: SourceRange)] = []
        if projection.includesAll {
            guard !scope.types.isEmpty || isWith else {
                throw QueryError.semantic("NoVariablesInScope", "RETURN * needs at least one variable to return", at: projection.range)
            }
            for name in scope.names {
                items.append((name, Expression(.variable(name), projection.range), projection.range))
            }
        }
        var aggregating = false
        var keys: [Expression] = []
        var aggregateItems: [Expression] = []
        for item in projection.items {
            if isWith, item.alias == nil, !Self.isVariable(item.expression) {
                throw QueryError.semantic("NoExpressionAlias", "an expression in WITH needs a name: add AS name", at: item.range)
            }
            if try check(item.expression, in: scope, context: .projection) {
                aggregating = true
                aggregateItems.append(item.expression)
            } else {
                keys.append(item.expression)
            }
            items.append((item.name, item.expression, item.range))
        }
        var seen: Set<String> = []
        for item in items {
            guard seen.insert(item.name).inserted else {
                throw QueryError.semantic("ColumnNameConflict", "two columns are named \(item.name); give one another name with AS",
                                          at: item.range)
            }
        }
        for expression in aggregateItems { try checkGrouping(expression, keys: keys) }
        var next = BinderScope()
        for item in items { next[item.name] = staticType(item.expression, in: scope) }
        // ORDER BY sees the projected names, and the earlier ones unless the projection groups or de-duplicates.
        var orderScope = next
        if !aggregating && !projection.distinct {
            for (name, type) in scope.types where orderScope[name] == nil { orderScope[name] = type }
        }
        for sort in projection.order {
            if try check(sort.expression, in: orderScope, context: aggregating ? .projection : .predicate("ORDER BY")),
               !aggregateItems.contains(where: { ExpressionPrinter.text($0) == ExpressionPrinter.text(sort.expression) }) {
                throw QueryError.semantic("InvalidAggregation", "ORDER BY can only use an aggregate that is also returned",
                                          at: sort.range)
            }
        }
        for bound in [projection.skip, projection.limit].compactMap({ $0 }) { try checkRowCount(bound) }
        return (isWith ? next : scope, items.map(\.name))
    }

    static func isVariable(_ expression: Expression) -> Bool {
        if case .variable = expression.kind { return true }
        return false
    }

    /// SKIP and LIMIT take a constant: a non-negative integer literal or a parameter.
    func checkRowCount(_ expression: Expression) throws(QueryError) {
        if Self.mentionsVariable(expression) {
            throw QueryError.semantic("NonConstantExpression", "SKIP and LIMIT need a constant, not an expression over variables",
                                      at: expression.range)
        }
        switch expression.kind {
        case .literal(.integer(let value)) where value < 0:
            throw QueryError.semantic("NegativeIntegerArgument", "SKIP and LIMIT need a number of 0 or more", at: expression.range)
        case .literal(.float), .literal(.string), .literal(.boolean), .list, .map:
            throw QueryError.semantic("InvalidArgumentType", "SKIP and LIMIT need an integer", at: expression.range)
        default: break
        }
    }

    static func mentionsVariable(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .variable, .pattern, .patternComprehension: return true
        case .literal, .parameter, .countAll: return false
        case .list(let items): return items.contains(where: mentionsVariable)
        case .map(let entries): return entries.contains { mentionsVariable($0.value) }
        case .property(let subject, _), .hasLabels(let subject, _), .unary(_, let subject), .isNull(let subject, _):
            return mentionsVariable(subject)
        case .index(let a, let b), .binary(_, let a, let b): return mentionsVariable(a) || mentionsVariable(b)
        case .function(_, _, let arguments): return arguments.contains(where: mentionsVariable)
        default: return true
        }
    }

    /// In an item mixing aggregates with other parts, the other parts must be grouping keys.
    func checkGrouping(_ expression: Expression, keys: [Expression]) throws(QueryError) {
        let keyTexts = Set(keys.map(ExpressionPrinter.text))
        func visit(_ part: Expression) throws(QueryError) {
            if keyTexts.contains(ExpressionPrinter.text(part)) { return }
            switch part.kind {
            case .function(let name, _, _) where FunctionCatalog.aggregates.contains(name): return
            case .countAll: return
            case .variable(let name):
                throw QueryError.semantic("AmbiguousAggregationExpression",
                                          "\(name) is used beside an aggregate but is not returned on its own; add it as a separate item",
                                          at: part.range)
            case .property, .hasLabels, .index, .slice, .unary, .binary, .isNull, .list, .map, .function, .caseOf:
                for child in Self.children(of: part) { try visit(child) }
            default: return
            }
        }
        try visit(expression)
    }

    static func children(of expression: Expression) -> [Expression] {
        switch expression.kind {
        case .property(let subject, _), .hasLabels(let subject, _), .unary(_, let subject), .isNull(let subject, _): return [subject]
        case .index(let a, let b), .binary(_, let a, let b): return [a, b]
        case .slice(let a, let b, let c): return [a] + [b, c].compactMap { $0 }
        case .list(let items): return items
        case .map(let entries): return entries.map(\.value)
        case .function(_, _, let arguments): return arguments
        case .caseOf(let subject, let branches, let otherwise):
            return [subject].compactMap { $0 } + branches.flatMap { [$0.condition, $0.value] } + [otherwise].compactMap { $0 }
        default: return []
        }
    }
}
