/// `-[variable:TYPE|... *min..max {properties}]->` and its other directions.
public struct RelationshipPattern: Hashable, Sendable {
    public var variable: Variable?
    public var types: [Name]
    public var properties: Expression?
    public var direction: Direction
    /// Set for a variable-length relationship.
    public var length: LengthRange?
    public var range: SourceRange
}
