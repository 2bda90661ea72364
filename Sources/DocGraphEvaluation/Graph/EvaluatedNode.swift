import DocGraphKit

/// A node as scoring sees it: its names, the scored documents it is in, its date and the text
/// its keywords are looked for in.
struct EvaluatedNode: Sendable {
    var id: Int64
    var labels: [String]
    /// `name` and every alias.
    var names: [String]
    /// What to call it in a listing.
    var displayName: String
    /// Gold file names of the scored documents it is mentioned in, in the gold's order.
    var documents: [String]
    /// The `date` property, when it parses.
    var date: PartialDate?
    /// Its `title`, `text` and `name` properties and the quotes of its evidence.
    var textParts: [String]
    /// ``textParts`` prepared for keyword search.
    var text: EvidenceText

    func isIn(_ document: String) -> Bool { documents.contains(document) }
}
