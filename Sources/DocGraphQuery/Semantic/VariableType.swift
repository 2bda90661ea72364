/// What a variable holds, as far as the query's text tells.
public enum VariableType: Hashable, Sendable {
    case node
    case relationship
    /// The relationships of a variable-length pattern.
    case relationshipList
    case path
    /// A value known not to be a node or relationship (a literal, list or map).
    case plainValue
    /// Anything: the text does not say.
    case any

    var description: String {
        switch self {
        case .node: return "a node"
        case .relationship: return "a relationship"
        case .relationshipList: return "a list of relationships"
        case .path: return "a path"
        case .plainValue: return "a value"
        case .any: return "a value"
        }
    }
}
