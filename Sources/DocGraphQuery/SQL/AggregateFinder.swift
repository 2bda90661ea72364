/// Finds aggregate calls in an expression (not inside comprehensions' own scopes).
enum AggregateFinder {
    static func contains(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .countAll: return true
        case .function(let name, _, let arguments):
            return FunctionCatalog.aggregates.contains(name) || arguments.contains(where: contains)
        case .literal, .parameter, .variable, .pattern, .patternComprehension: return false
        case .list(let items): return items.contains(where: contains)
        case .map(let entries): return entries.contains { contains($0.value) }
        case .property(let subject, _), .hasLabels(let subject, _), .unary(_, let subject), .isNull(let subject, _):
            return contains(subject)
        case .index(let a, let b), .binary(_, let a, let b): return contains(a) || contains(b)
        case .slice(let a, let b, let c): return contains(a) || b.map(contains) == true || c.map(contains) == true
        case .caseOf(let subject, let branches, let otherwise):
            return subject.map(contains) == true || branches.contains { contains($0.condition) || contains($0.value) }
                || otherwise.map(contains) == true
        case .listComprehension(_, let list, _, _), .quantifier(_, _, let list, _): return contains(list)
        case .reduce(_, let initial, _, let list, _): return contains(initial) || contains(list)
        }
    }
}
