/// One change of SET, REMOVE, or MERGE's ON CREATE / ON MATCH.
enum SetAction: Sendable {
    /// Sets (or with a null value removes) one property; the evaluator returns the target and the value.
    case property(evaluator: RowEvaluator, key: String)
    /// Replaces (or with `merge` adds to) every property from a map; the evaluator returns target and map.
    case properties(evaluator: RowEvaluator, merge: Bool)
    /// Adds or removes labels of the node the evaluator returns.
    case labels(evaluator: RowEvaluator, labels: [String], add: Bool)
}
