/// `MERGE part [ON CREATE SET ...] [ON MATCH SET ...]`.
public struct MergeClause: Hashable, Sendable {
    public var part: PatternPart
    public var onCreate: [SetItem]
    public var onMatch: [SetItem]
    public var range: SourceRange
}
