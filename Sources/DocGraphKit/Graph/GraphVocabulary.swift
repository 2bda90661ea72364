/// The names the graph uses: node labels, relationship types and the evidence properties.
///
/// GRAPH_SCHEMA.md in docs/ is the contract; these constants are its names in code, so a
/// plugin writes `GraphVocabulary.person` rather than a literal it could misspell.
public enum GraphVocabulary {
    public static let document = "Document"
    public static let person = "Person"
    public static let organisation = "Organisation"
    public static let place = "Place"
    public static let meeting = "Meeting"
    public static let decision = "Decision"
    public static let commitment = "Commitment"
    public static let update = "Update"
    public static let plan = "Plan"

    /// The node labels of the schema. Plugins may add more.
    public static let nodeLabels = [document, person, organisation, place, meeting, decision, commitment, update, plan]

    public static let mentionedIn = "MENTIONED_IN"
    public static let holdsRole = "HOLDS_ROLE"
    public static let attended = "ATTENDED"
    public static let heldAt = "HELD_AT"
    public static let made = "MADE"
    public static let concerns = "CONCERNS"
    public static let followsUp = "FOLLOWS_UP"
    public static let partOf = "PART_OF"
    public static let publishedBy = "PUBLISHED_BY"
    /// Commitment → the Document that shows its derived status (the one whose follow-up decided
    /// it, else the one it was made in), with `status` and `asOf` (the latest document's date);
    /// written by the follow-up linker so that queries can read a commitment's status.
    public static let hasStatus = "HAS_STATUS"

    /// The relationship types of the schema. Plugins may add more.
    public static let relationshipTypes = [
        mentionedIn, holdsRole, attended, heldAt, made, concerns, followsUp, partOf, publishedBy, hasStatus,
    ]

    /// The properties every extracted relationship carries as its evidence.
    public static let evidenceProperties = ["document", "start", "end", "quote", "extractor", "confidence", "origin"]

    /// True for labels that become nodes: UpperCamelCase, starting with a capital and holding a
    /// lower-case letter. UPPER_SNAKE_CASE labels are lexical annotations only.
    public static func isNodeLabel(_ label: String) -> Bool {
        guard let first = label.unicodeScalars.first, first.isUppercaseScalar else { return false }
        return label.unicodeScalars.contains { $0.isLowercaseScalar }
            && !label.contains("_")
    }
}
