extension Binder {
    /// Checks an expression; returns true when it holds an aggregate (outside nested scopes).
    @discardableResult
    mutating func check(_ expression: Expression, in scope: BinderScope, context: ExpressionContext) throws(QueryError) -> Bool {
        switch expression.kind {
        case .literal, .parameter, .countAll:
            if case .countAll = expression.kind { return try aggregate("count", at: expression.range, context: context) }
            return false
        case .variable(let name):
            guard scope[name] != nil else {
                let known = scope.names
                throw QueryError.semantic("UndefinedVariable",
                                          "the variable \(name) is not defined" + (known.isEmpty ? "" : "; defined here: \(known.joined(separator: ", "))"),
                                          at: expression.range)
            }
            return false
        case .list(let items):
            return try checkAll(items, in: scope, context: context)
        case .map(let entries):
            return try checkAll(entries.map(\.value), in: scope, context: context)
        case .property(let subject, let key):
            if case .variable(let name) = subject.kind, scope[name] == .node || scope[name] == .relationship {
                warnUnknown(properties: [Name(text: key, range: expression.range)])
            }
            return try check(subject, in: scope, context: context)
        case .hasLabels(let subject, let labels):
            warnUnknown(labels: labels)
            return try check(subject, in: scope, context: context)
        case .index(let subject, let index):
            return try checkAll([subject, index], in: scope, context: context)
        case .slice(let subject, let from, let to):
            return try checkAll([subject] + [from, to].compactMap { $0 }, in: scope, context: context)
        case .unary(let op, let operand):
            if op == .not { try requireBoolean(operand, for: "NOT") }
            return try check(operand, in: scope, context: context)
        case .isNull(let operand, _):
            return try check(operand, in: scope, context: context)
        case .binary(let op, let left, let right):
            if op == .and || op == .or || op == .xor {
                try requireBoolean(left, for: op.rawValue)
                try requireBoolean(right, for: op.rawValue)
            }
            return try checkAll([left, right], in: scope, context: context)
        case .function(let name, _, let arguments):
            return try checkFunction(name, arguments, at: expression.range, in: scope, context: context)
        case .caseOf(let subject, let branches, let otherwise):
            let parts = [subject].compactMap { $0 } + branches.flatMap { [$0.condition, $0.value] } + [otherwise].compactMap { $0 }
            return try checkAll(parts, in: scope, context: context)
        case .listComprehension(let variable, let list, let predicate, let projection):
            let found = try check(list, in: scope, context: context)
            var inner = scope
            inner[variable.name] = .any
            for part in [predicate, projection].compactMap({ $0 }) {
                if try check(part, in: inner, context: context) {
                    throw QueryError.semantic("InvalidAggregation", "an aggregate cannot be used inside a list comprehension", at: part.range)
                }
            }
            return found
        case .quantifier(_, let variable, let list, let predicate):
            let found = try check(list, in: scope, context: context)
            var inner = scope
            inner[variable.name] = .any
            if let predicate { try check(predicate, in: inner, context: .plain) }
            return found
        case .reduce(let accumulator, let initial, let variable, let list, let body):
            let found = try checkAll([initial, list], in: scope, context: context)
            var inner = scope
            inner[accumulator.name] = .any
            inner[variable.name] = .any
            try check(body, in: inner, context: .plain)
            return found
        case .pattern(let element):
            var inner = scope
            try bindPattern(Pattern(parts: [PatternPart(pathVariable: nil, element: element, range: element.range)], range: element.range),
                            in: &inner, mode: .expression)
            return false
        case .patternComprehension(let path, let element, let predicate, let projection):
            var inner = scope
            try bindPattern(Pattern(parts: [PatternPart(pathVariable: path, element: element, range: element.range)], range: element.range),
                            in: &inner, mode: .expression)
            if let predicate { try check(predicate, in: inner, context: .plain) }
            try check(projection, in: inner, context: .plain)
            return false
        }
    }

    mutating func checkAll(_ expressions: [Expression], in scope: BinderScope, context: ExpressionContext) throws(QueryError) -> Bool {
        var found = false
        for expression in expressions where try check(expression, in: scope, context: context) { found = true }
        return found
    }

    mutating func checkFunction(_ name: String, _ arguments: [Expression], at range: SourceRange, in scope: BinderScope,
                                context: ExpressionContext) throws(QueryError) -> Bool {
        guard FunctionCatalog.isKnown(name) else {
            throw QueryError.semantic("UnknownFunction", "unknown function \(name)(); see docs/cypher.md for the functions supported", at: range)
        }
        if FunctionCatalog.aggregates.contains(name) {
            _ = try aggregate(name, at: range, context: context)
            guard arguments.count == 1 else {
                throw QueryError.semantic("InvalidNumberOfArguments", "\(name)() takes one argument", at: range)
            }
            _ = try checkAll(arguments, in: scope, context: .insideAggregate)
            return true
        }
        if let function = CypherFunctions.all[name], !function.arity.contains(arguments.count) {
            throw QueryError.semantic("InvalidNumberOfArguments", "\(name)() takes \(Self.describe(function.arity)) arguments", at: range)
        }
        if FunctionCatalog.graphFunctions.contains(name), arguments.count != 1 {
            throw QueryError.semantic("InvalidNumberOfArguments", "\(name)() takes one argument", at: range)
        }
        if name == "exists", let argument = arguments.first {
            switch argument.kind {
            case .property, .pattern: break
            default:
                throw QueryError.semantic("InvalidArgumentExpression", "exists() takes a property such as n.name or a pattern",
                                          at: argument.range)
            }
        }
        return try checkAll(arguments, in: scope, context: context)
    }

    /// Boolean operators refuse operands the text shows are not booleans.
    func requireBoolean(_ operand: Expression, for op: String) throws(QueryError) {
        switch operand.kind {
        case .literal(.integer), .literal(.float), .literal(.string), .list, .map:
            throw QueryError.semantic("InvalidArgumentType", "\(op) needs boolean operands, not \(ExpressionPrinter.text(operand))",
                                      at: operand.range)
        default: return
        }
    }

    static func describe(_ arity: ClosedRange<Int>) -> String {
        arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
    }

    func aggregate(_ name: String, at range: SourceRange, context: ExpressionContext) throws(QueryError) -> Bool {
        switch context {
        case .projection: return true
        case .insideAggregate:
            throw QueryError.semantic("NestedAggregation", "an aggregate cannot be nested in another aggregate", at: range)
        case .predicate(let clause):
            throw QueryError.semantic("InvalidAggregation", "an aggregate such as \(name)() cannot be used in \(clause)", at: range)
        case .plain:
            throw QueryError.semantic("InvalidAggregation", "an aggregate such as \(name)() can only be used in RETURN or WITH", at: range)
        }
    }

    /// What the text says an expression produces.
    func staticType(_ expression: Expression, in scope: BinderScope) -> VariableType {
        switch expression.kind {
        case .variable(let name): return scope[name] ?? .any
        case .literal(.null), .parameter: return .any
        case .literal, .list, .map, .binary, .isNull, .hasLabels, .listComprehension, .quantifier, .pattern, .patternComprehension:
            return .plainValue
        case .unary(.not, _): return .plainValue
        case .function(let name, _, _) where name == "startnode" || name == "endnode": return .node
        default: return .any
        }
    }
}
