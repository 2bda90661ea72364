/// A span of a document that an extractor labelled.
///
/// Labels in UpperCamelCase (Person, Organisation, Place, Meeting, Decision, Commitment, Plan,
/// or a new one a plugin declares) become nodes of the graph; labels in UPPER_SNAKE_CASE (TITLE,
/// ORG_WORD, DATE, ...) are lexical: other plugins read them, the graph does not keep them.
/// ``GraphVocabulary/isNodeLabel(_:)`` is the one test of which is which.
public struct Mention: Hashable, Sendable, Codable, Identifiable {
    /// Unique within one document's annotations; by convention `<plugin id>#<n>`.
    public var id: String
    public var label: String
    /// The words that name the thing, in UTF-8 offsets.
    public var range: TextRange
    /// The text of `range`.
    public var text: String
    /// For node labels, the node's properties (`name`, `titles`, `date`, `status`, ...).
    public var properties: Properties
    /// Groups variants: mentions that share a key are one entity (a rule pattern's `id`).
    public var key: String?
    /// The passage that supports the mention, usually its sentence; `range` when absent.
    public var evidence: TextRange?
    /// Id of the plugin that made it, such as `people.v1`.
    public var extractor: String
    /// How sure the extractor is, 0 to 1.
    public var confidence: Double

    public init(
        id: String, label: String, range: TextRange, text: String, properties: Properties = [:],
        key: String? = nil, evidence: TextRange? = nil, extractor: String, confidence: Double = 1
    ) {
        self.id = id
        self.label = label
        self.range = range
        self.text = text
        self.properties = properties
        self.key = key
        self.evidence = evidence
        self.extractor = extractor
        self.confidence = confidence
    }

    /// True when the mention becomes a node of the graph.
    public var isNode: Bool { GraphVocabulary.isNodeLabel(label) }

    /// The passage to quote as evidence.
    public var evidenceRange: TextRange { evidence ?? range }
}
