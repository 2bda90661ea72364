/// Names a node in a ``DocumentGraph`` or ``LinkResult``: one made in the same result, or one
/// already in the store.
public enum NodeReference: Hashable, Sendable, Codable {
    case local(String)
    case stored(Int64)
}
