/// One change in SET (or in MERGE's ON CREATE / ON MATCH).
public enum SetItem: Hashable, Sendable {
    /// `target.key = value`
    case property(target: Expression, key: String, value: Expression, range: SourceRange)
    /// `variable = map`: replaces every property.
    case replaceAll(variable: Variable, value: Expression, range: SourceRange)
    /// `variable += map`: sets the map's properties, keeps the rest.
    case mergeAll(variable: Variable, value: Expression, range: SourceRange)
    /// `variable:Label:...`
    case labels(variable: Variable, labels: [Name], range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .property(_, _, _, let range), .replaceAll(_, _, let range), .mergeAll(_, _, let range),
             .labels(_, _, let range):
            return range
        }
    }
}
