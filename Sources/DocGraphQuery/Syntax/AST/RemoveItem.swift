/// One removal in REMOVE.
public enum RemoveItem: Hashable, Sendable {
    /// `target.key`
    case property(target: Expression, key: String, range: SourceRange)
    /// `variable:Label:...`
    case labels(variable: Variable, labels: [Name], range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .property(_, _, let range), .labels(_, _, let range): return range
        }
    }
}
