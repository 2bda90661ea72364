/// Where an expression appears, which decides whether aggregates may appear in it.
enum ExpressionContext: Equatable {
    /// No aggregates (patterns, UNWIND, SET, ...).
    case plain
    /// A predicate such as WHERE: no aggregates; the name says which clause.
    case predicate(String)
    /// A RETURN or WITH item: aggregates allowed.
    case projection
    /// Inside an aggregate's arguments: another aggregate would nest.
    case insideAggregate
}
