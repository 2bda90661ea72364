/// What a later statement says became of a commitment: the `relation` of a FOLLOWS_UP
/// relationship and of an Update node.
public enum FollowUpRelation: String, Hashable, Sendable, Codable, CaseIterable {
    /// Work towards it is reported, but it is not yet done.
    case progress
    /// It was done as promised.
    case fulfilled
    /// It was done differently, later or in part.
    case changed
    /// It was abandoned.
    case dropped
}
