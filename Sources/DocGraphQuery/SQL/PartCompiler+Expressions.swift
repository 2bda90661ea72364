import Foundation

extension PartCompiler {
    static let operatorFunctions: [BinaryOperator: String] = [
        .equal: "cy_eq", .notEqual: "cy_ne", .less: "cy_lt", .lessOrEqual: "cy_le", .greater: "cy_gt",
        .greaterOrEqual: "cy_ge", .add: "cy_add", .subtract: "cy_sub", .multiply: "cy_mul", .divide: "cy_div",
        .modulo: "cy_mod", .power: "cy_pow", .and: "cy_and", .or: "cy_or", .xor: "cy_xor", .startsWith: "cy_starts",
        .endsWith: "cy_ends", .contains: "cy_contains", .matches: "cy_regex", .in: "cy_in",
    ]

    /// SQL computing an expression's value (encoded as ``ValueCodec`` describes).
    mutating func expression(_ expression: Expression, _ scope: CompilerScope) throws(QueryError) -> String {
        switch expression.kind {
        case .literal(let literal):
            return arguments.bind(Self.value(of: literal))
        case .parameter(let name):
            guard let value = parameters[name] else {
                throw QueryError.semantic("ParameterMissing", "the parameter $\(name) has no value; pass it with --param \(name)=...",
                                          at: expression.range)
            }
            return arguments.bind(value)
        case .variable(let name):
            guard let entry = scope[name] else {
                throw QueryError.semantic("UndefinedVariable", "the variable \(name) is not defined", at: expression.range)
            }
            return Self.valueSQL(entry)
        case .list where Self.constant(expression) != nil, .map where Self.constant(expression) != nil:
            return arguments.bind(Self.constant(expression) ?? .null)
        case .list(let items):
            var parts: [String] = []
            for item in items { parts.append(try self.expression(item, scope)) }
            return "cy_list(" + parts.joined(separator: ", ") + ")"
        case .map(let entries):
            var parts: [String] = []
            for entry in entries {
                parts.append(arguments.bind(text: entry.key.text))
                parts.append(try self.expression(entry.value, scope))
            }
            return "cy_map(" + parts.joined(separator: ", ") + ")"
        case .property(let subject, let key):
            return try property(subject, key, scope)
        case .hasLabels(let subject, let labels):
            let id = try entityID(subject, scope)
            var checks: [String] = []
            for label in labels { checks.append(labelCheck(id, label.text)) }
            return "(CASE WHEN \(id) IS NULL THEN NULL ELSE cy_bool(" + checks.joined(separator: " AND ") + ") END)"
        case .index(let subject, let index):
            return "cy_index(\(try self.expression(subject, scope)), \(try self.expression(index, scope)))"
        case .slice(let subject, let from, let to):
            let list = try self.expression(subject, scope)
            let lower = try from.map { (bound: Expression) throws(QueryError) in try self.expression(bound, scope) } ?? "NULL"
            let upper = try to.map { (bound: Expression) throws(QueryError) in try self.expression(bound, scope) } ?? "NULL"
            return "cy_slice(\(list), \(lower), \(upper), \(arguments.bind(.boolean(from != nil))), \(arguments.bind(.boolean(to != nil))))"
        case .unary(let op, let operand):
            let inner = try self.expression(operand, scope)
            switch op {
            case .not: return "cy_not(\(inner))"
            case .minus: return "cy_neg(\(inner))"
            case .plus: return "cy_pos(\(inner))"
            }
        case .binary(let op, let left, let right):
            let function = Self.operatorFunctions[op] ?? "cy_eq"
            return "\(function)(\(try self.expression(left, scope)), \(try self.expression(right, scope)))"
        case .isNull(let operand, let negated):
            return "cy_bool(\(try self.expression(operand, scope)) IS \(negated ? "NOT " : "")NULL)"
        case .function(let name, let distinct, let arguments):
            return try function(name, distinct: distinct, arguments, at: expression.range, scope)
        case .countAll:
            return "count(*)"
        case .caseOf(let subject, let branches, let otherwise):
            let tested = try subject.map { (value: Expression) throws(QueryError) in try self.expression(value, scope) }
            var text = "(CASE"
            for branch in branches {
                let condition = try self.expression(branch.condition, scope)
                let test = tested.map { "cy_test(cy_eq(\($0), \(condition)))" } ?? "cy_test(\(condition))"
                text += " WHEN \(test) THEN \(try self.expression(branch.value, scope))"
            }
            if let otherwise { text += " ELSE \(try self.expression(otherwise, scope))" }
            return text + " END)"
        case .listComprehension(let variable, let list, let predicate, let projection):
            return try comprehension(variable, list, predicate: predicate, projection: projection, aggregate: "cy_listagg", scope)
        case .quantifier(let kind, let variable, let list, let predicate):
            return try comprehension(variable, list, predicate: nil, projection: predicate ?? Expression(.literal(.boolean(true)), variable.range),
                                     aggregate: "cy_q_\(kind.rawValue)", scope)
        case .pattern(let element):
            var inner = scope
            let pattern = try compilePattern([PatternPart(pathVariable: nil, element: element, range: element.range)], scope: &inner, anchor: nil)
            return "cy_bool(EXISTS (SELECT 1" + (pattern.from.isEmpty ? "" : " FROM " + pattern.fromList())
                + Self.whereText(pattern.conditions) + "))"
        case .patternComprehension(let path, let element, let predicate, let projection):
            var inner = scope
            var pattern = try compilePattern([PatternPart(pathVariable: path, element: element, range: element.range)], scope: &inner, anchor: nil)
            if let predicate { pattern.conditions.append("cy_test(\(try self.expression(predicate, inner)))") }
            let value = try self.expression(projection, inner)
            return "(SELECT cy_listagg(\(value))" + (pattern.from.isEmpty ? "" : " FROM " + pattern.fromList())
                + Self.whereText(pattern.conditions) + ")"
        case .reduce:
            throw QueryError.semantic("UnsupportedFeature", "reduce() is not supported; use UNWIND with an aggregate instead",
                                      at: expression.range)
        }
    }

    /// The value of a list or map built from literals only, bound as one argument (so deeply
    /// nested literals do not nest SQL calls).
    static func constant(_ expression: Expression) -> CypherValue? {
        switch expression.kind {
        case .literal(let literal): return value(of: literal)
        case .list(let items):
            var values: [CypherValue] = []
            for item in items {
                guard let value = constant(item) else { return nil }
                values.append(value)
            }
            return .list(values)
        case .map(let entries):
            var values: [String: CypherValue] = [:]
            for entry in entries {
                guard let value = constant(entry.value) else { return nil }
                values[entry.key.text] = value
            }
            return .map(values)
        default: return nil
        }
    }

    static func value(of literal: Literal) -> CypherValue {
        switch literal {
        case .null: return .null
        case .boolean(let flag): return .boolean(flag)
        case .integer(let int): return .integer(int)
        case .float(let double): return .float(double)
        case .string(let text): return .string(text)
        }
    }

    /// `[x IN list WHERE predicate | projection]` as a subquery over the list's elements, in order.
    mutating func comprehension(_ variable: Variable, _ list: Expression, predicate: Expression?, projection: Expression?,
                                aggregate: String, _ scope: CompilerScope) throws(QueryError) -> String {
        let source = try expression(list, scope)
        let elements = name("e")
        var inner = scope
        inner[variable.name] = ScopeEntry(sql: "\(elements).v", kind: .value)
        let filter = try predicate.map { (value: Expression) throws(QueryError) in " WHERE cy_test(\(try expression(value, inner)))" } ?? ""
        let value = try projection.map { (value: Expression) throws(QueryError) in try expression(value, inner) } ?? "\(elements).v"
        return "(CASE WHEN \(source) IS NULL THEN NULL ELSE (SELECT \(aggregate)(\(value)) FROM "
            + "(SELECT cy_untoken(value) AS v FROM json_each(cy_tokens(\(source))) ORDER BY key) AS \(elements)\(filter)) END)"
    }

    /// The id of the node or relationship an expression yields.
    mutating func entityID(_ expression: Expression, _ scope: CompilerScope) throws(QueryError) -> String {
        if case .variable(let name) = expression.kind, let entry = scope[name] { return Self.idSQL(entry) }
        return "cy_id(\(try self.expression(expression, scope)))"
    }

    /// The kind of an expression when it is a variable holding a node or relationship.
    func entityKind(_ expression: Expression, _ scope: CompilerScope) -> ColumnKind {
        if case .variable(let name) = expression.kind, let entry = scope[name] { return entry.kind }
        return .value
    }

    /// `subject.key`: a property of a node or relationship (read from the store), or a map's entry.
    mutating func property(_ subject: Expression, _ key: String, _ scope: CompilerScope) throws(QueryError) -> String {
        let path = arguments.bind(text: Self.jsonPath(key))
        switch entityKind(subject, scope) {
        case .node:
            return "(SELECT cy_json(properties -> \(path)) FROM node WHERE id = \(try entityID(subject, scope)))"
        case .relationship:
            return "(SELECT cy_json(properties -> \(path)) FROM relationship WHERE id = \(try entityID(subject, scope)))"
        case .value:
            let value = try expression(subject, scope)
            return "(CASE cy_kind(\(value)) WHEN 1 THEN (SELECT cy_json(properties -> \(path)) FROM node WHERE id = cy_id(\(value)))"
                + " WHEN 2 THEN (SELECT cy_json(properties -> \(path)) FROM relationship WHERE id = cy_id(\(value)))"
                + " ELSE cy_get(\(value), \(arguments.bind(text: key))) END)"
        }
    }

    /// A JSON path naming one key, quoted so any key is safe.
    static func jsonPath(_ key: String) -> String {
        "$.\"" + key.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
