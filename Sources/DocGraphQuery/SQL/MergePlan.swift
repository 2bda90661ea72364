/// MERGE: match the pattern against each row; when nothing matches, create it.
struct MergePlan: Sendable {
    /// Returns, for one row, the values of the pattern's new variables for every match.
    var match: RowEvaluator
    /// The columns the match fills, in the order `match` returns them.
    var matchColumns: [Int]
    var create: [CreateAction]
    var onCreate: [SetAction]
    var onMatch: [SetAction]
}
