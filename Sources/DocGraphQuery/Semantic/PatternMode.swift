/// Where a pattern appears, which decides what it may do with bound variables.
enum PatternMode {
    case match
    case create
    case merge
    /// Inside an expression (pattern predicate or comprehension): new variables stay local.
    case expression
}
