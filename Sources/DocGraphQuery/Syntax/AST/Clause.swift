/// One clause of a query.
public indirect enum Clause: Hashable, Sendable {
    case match(MatchClause)
    case unwind(UnwindClause)
    case with(WithClause)
    case `return`(ReturnClause)
    case create(CreateClause)
    case merge(MergeClause)
    case set(SetClause)
    case remove(RemoveClause)
    case delete(DeleteClause)
    case call(CallClause)

    public var range: SourceRange {
        switch self {
        case .match(let clause): return clause.range
        case .unwind(let clause): return clause.range
        case .with(let clause): return clause.range
        case .return(let clause): return clause.range
        case .create(let clause): return clause.range
        case .merge(let clause): return clause.range
        case .set(let clause): return clause.range
        case .remove(let clause): return clause.range
        case .delete(let clause): return clause.range
        case .call(let clause): return clause.range
        }
    }

    /// True for clauses that change the graph.
    public var isWrite: Bool {
        switch self {
        case .create, .merge, .set, .remove, .delete: return true
        default: return false
        }
    }
}
