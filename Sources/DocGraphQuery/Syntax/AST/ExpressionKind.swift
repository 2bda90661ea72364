/// The forms an expression takes.
public indirect enum ExpressionKind: Hashable, Sendable {
    case literal(Literal)
    case parameter(String)
    case variable(String)
    case list([Expression])
    case map([MapEntry])
    /// `subject.key`
    case property(Expression, String)
    /// `subject:Label:...` as a predicate.
    case hasLabels(Expression, [Name])
    /// `subject[index]`
    case index(Expression, Expression)
    /// `subject[from..to]`, either bound optional.
    case slice(Expression, Expression?, Expression?)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `subject IS [NOT] NULL`
    case isNull(Expression, negated: Bool)
    /// A function call; `name` is lower-cased, dotted for namespaced functions.
    case function(name: String, distinct: Bool, arguments: [Expression])
    /// `count(*)`
    case countAll
    /// `CASE [subject] WHEN ... THEN ... [ELSE ...] END`
    case caseOf(subject: Expression?, branches: [CaseBranch], otherwise: Expression?)
    /// `[x IN list WHERE predicate | projection]`
    case listComprehension(variable: Variable, list: Expression, predicate: Expression?, projection: Expression?)
    /// `all|any|none|single(x IN list WHERE predicate)`
    case quantifier(Quantifier, variable: Variable, list: Expression, predicate: Expression?)
    /// A relationship pattern used as a predicate, e.g. `WHERE (a)-->(b)`.
    case pattern(PatternElement)
    /// `[path = pattern WHERE predicate | projection]`
    case patternComprehension(pathVariable: Variable?, element: PatternElement, predicate: Expression?, projection: Expression)
    /// `reduce(accumulator = initial, x IN list | expression)`
    case reduce(accumulator: Variable, initial: Expression, variable: Variable, list: Expression, expression: Expression)
}
