/// What is scored, in the order the report lists it.
public enum ScoredKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// (person, document) pairs.
    case people
    /// (organisation, document) pairs.
    case organisations
    case meetings
    case decisions
    case commitments
    /// FOLLOWS_UP relationships into commitments.
    case followUps = "follow-ups"

    /// True for the kinds scored as (entity, document) pairs, which can have splits.
    public var isEntity: Bool { self == .people || self == .organisations }
}
