/// A write clause, compiled.
enum WriteStep: Sendable {
    case create([CreateAction])
    case merge(MergePlan)
    case set([SetAction])
    case delete(evaluator: RowEvaluator, detach: Bool)
}
