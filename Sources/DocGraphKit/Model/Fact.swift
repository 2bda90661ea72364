/// A relationship an extractor found between two mentions of one document, with its evidence.
public struct Fact: Hashable, Sendable, Codable {
    /// The relationship type in UPPER_SNAKE_CASE, such as `ATTENDED` or `HOLDS_ROLE`.
    public var type: String
    /// Id of the mention the relationship starts from.
    public var from: String
    /// Id of the mention the relationship points to.
    public var to: String
    public var properties: Properties
    /// The passage that states the relationship, usually its sentence, in UTF-8 offsets.
    public var evidence: TextRange
    public var extractor: String
    public var confidence: Double

    public init(
        type: String, from: String, to: String, properties: Properties = [:], evidence: TextRange,
        extractor: String, confidence: Double = 1
    ) {
        self.type = type
        self.from = from
        self.to = to
        self.properties = properties
        self.evidence = evidence
        self.extractor = extractor
        self.confidence = confidence
    }
}
