/// Writes an expression back as normalised text (no ranges, canonical spacing), so two
/// expressions can be compared for sameness: ORDER BY against RETURN items, grouping keys.
enum ExpressionPrinter {
    static func text(_ expression: Expression) -> String {
        switch expression.kind {
        case .literal(let literal):
            switch literal {
            case .null: return "null"
            case .boolean(let flag): return flag ? "true" : "false"
            case .integer(let int): return String(int)
            case .float(let double): return "\(double)"
            case .string(let text): return "'" + text + "'"
            }
        case .parameter(let name): return "$" + name
        case .variable(let name): return name
        case .list(let items): return "[" + items.map(text).joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.map { $0.key.text + ": " + text($0.value) }.joined(separator: ", ") + "}"
        case .property(let subject, let key): return text(subject) + "." + key
        case .hasLabels(let subject, let labels): return text(subject) + labels.map { ":" + $0.text }.joined()
        case .index(let subject, let index): return text(subject) + "[" + text(index) + "]"
        case .slice(let subject, let from, let to):
            return text(subject) + "[" + (from.map(text) ?? "") + ".." + (to.map(text) ?? "") + "]"
        case .unary(let op, let operand): return "(" + op.rawValue + " " + text(operand) + ")"
        case .binary(let op, let left, let right): return "(" + text(left) + " " + op.rawValue + " " + text(right) + ")"
        case .isNull(let operand, let negated): return "(" + text(operand) + (negated ? " IS NOT NULL)" : " IS NULL)")
        case .function(let name, let distinct, let arguments):
            return name + "(" + (distinct ? "DISTINCT " : "") + arguments.map(text).joined(separator: ", ") + ")"
        case .countAll: return "count(*)"
        case .caseOf(let subject, let branches, let otherwise):
            return "CASE " + (subject.map(text) ?? "") + branches.map { " WHEN " + text($0.condition) + " THEN " + text($0.value) }.joined()
                + (otherwise.map { " ELSE " + text($0) } ?? "") + " END"
        case .listComprehension(let variable, let list, let predicate, let projection):
            return "[" + variable.name + " IN " + text(list) + (predicate.map { " WHERE " + text($0) } ?? "")
                + (projection.map { " | " + text($0) } ?? "") + "]"
        case .quantifier(let kind, let variable, let list, let predicate):
            return kind.rawValue + "(" + variable.name + " IN " + text(list) + (predicate.map { " WHERE " + text($0) } ?? "") + ")"
        case .pattern(let element): return "pattern@\(element.range.start)"
        case .patternComprehension(_, let element, _, _): return "comprehension@\(element.range.start)"
        case .reduce(let accumulator, let initial, let variable, let list, let body):
            return "reduce(" + accumulator.name + " = " + text(initial) + ", " + variable.name + " IN " + text(list) + " | " + text(body) + ")"
        }
    }
}
