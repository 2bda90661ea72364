/// Checks a parsed statement's meaning and produces a ``BoundQuery``: variables are defined
/// before use and used as one kind of thing, aggregates appear only where they may, clauses
/// come in an order that makes sense, and names unknown to the store are warned about.
public struct Binder {
    let catalog: GraphCatalog
    let source: Source
    var warnings: [QueryWarning] = []

    public init(catalog: GraphCatalog = .empty, source: Source) {
        self.catalog = catalog
        self.source = source
    }

    /// Binds a statement; throws the first semantic error found.
    public mutating func bind(_ statement: Statement) throws(QueryError) -> BoundQuery {
        var columns: [String]? = nil
        var writes = false
        for part in statement.query.parts {
            let partColumns = try bind(part)
            if let expected = columns, expected != partColumns {
                throw QueryError.semantic("DifferentColumnsInUnion",
                                          "every part of a UNION must return the same columns (\(expected.joined(separator: ", ")))",
                                          at: part.range)
            }
            columns = partColumns
            writes = writes || part.clauses.contains(where: \.isWrite)
        }
        return BoundQuery(statement: statement, source: source, warnings: warnings, isWriting: writes, columns: columns ?? [])
    }

    mutating func bind(_ query: SingleQuery) throws(QueryError) -> [String] {
        var scope = BinderScope()
        var columns: [String] = []
        for (index, clause) in query.clauses.enumerated() {
            let isLast = index == query.clauses.count - 1
            switch clause {
            case .match(let match):
                try bindPattern(match.pattern, in: &scope, mode: .match)
                if let predicate = match.predicate { try check(predicate, in: scope, context: .predicate("WHERE")) }
            case .unwind(let unwind):
                try check(unwind.expression, in: scope, context: .plain)
                try scope.declareNew(unwind.variable, as: .any)
            case .with(let with):
                scope = try bindProjection(with.projection, in: scope, isWith: true).scope
                if let predicate = with.predicate { try check(predicate, in: scope, context: .predicate("WHERE")) }
            case .return(let ret):
                guard isLast else {
                    throw QueryError.semantic("UnexpectedSyntax", "RETURN must be the last clause; use WITH to carry on", at: ret.range)
                }
                columns = try bindProjection(ret.projection, in: scope, isWith: false).columns
            case .create(let create):
                try bindPattern(create.pattern, in: &scope, mode: .create)
            case .merge(let merge):
                try bindPattern(Pattern(parts: [merge.part], range: merge.part.range), in: &scope, mode: .merge)
                for item in merge.onCreate + merge.onMatch { try bindSetItem(item, in: scope) }
            case .set(let set):
                for item in set.items { try bindSetItem(item, in: scope) }
            case .remove(let remove):
                for item in remove.items { try bindRemoveItem(item, in: scope) }
            case .delete(let delete):
                for expression in delete.expressions {
                    try check(expression, in: scope, context: .plain)
                    if staticType(expression, in: scope) == .plainValue {
                        throw QueryError.semantic("InvalidArgumentType", "DELETE needs a node, relationship or path", at: expression.range)
                    }
                }
            case .call(let call):
                columns = try bindCall(call, in: &scope)
            }
            if isLast, case .match = clause {
                throw QueryError.semantic("InvalidClauseComposition",
                                          "a query cannot end with MATCH; add RETURN to say what to return", at: clause.range)
            }
            if isLast, case .with = clause {
                throw QueryError.semantic("InvalidClauseComposition",
                                          "a query cannot end with WITH; add RETURN to say what to return", at: clause.range)
            }
            if isLast, case .unwind = clause {
                throw QueryError.semantic("InvalidClauseComposition",
                                          "a query cannot end with UNWIND; add RETURN to say what to return", at: clause.range)
            }
        }
        return columns
    }

    mutating func bindCall(_ call: CallClause, in scope: inout BinderScope) throws(QueryError) -> [String] {
        guard call.procedure.lowercased() == "docgraph.search" else {
            throw QueryError.semantic("ProcedureNotFound", "unknown procedure \(call.procedure); the one available is docgraph.search",
                                      at: call.range)
        }
        guard call.arguments.count == 1 else {
            throw QueryError.semantic("InvalidNumberOfArguments", "docgraph.search takes one argument: the text to search for",
                                      at: call.range)
        }
        try check(call.arguments[0], in: scope, context: .plain)
        let yields = call.yields.isEmpty
            ? [YieldItem(field: Name(text: "node", range: call.range), variable: Variable(name: "node", range: call.range)),
               YieldItem(field: Name(text: "score", range: call.range), variable: Variable(name: "score", range: call.range))]
            : call.yields
        for item in yields {
            switch item.field.text {
            case "node": try scope.declareNew(item.variable, as: .node)
            case "score": try scope.declareNew(item.variable, as: .plainValue)
            default:
                throw QueryError.semantic("UndefinedVariable", "docgraph.search yields node and score, not \(item.field.text)",
                                          at: item.field.range)
            }
        }
        if let predicate = call.predicate { try check(predicate, in: scope, context: .predicate("WHERE")) }
        return yields.map(\.variable.name)
    }
}
