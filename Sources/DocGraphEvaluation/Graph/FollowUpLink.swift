import DocGraphKit

/// A FOLLOWS_UP relationship as scoring sees it.
struct FollowUpLink: Sendable {
    var id: Int64
    var from: Int64
    var to: Int64
    /// The scored documents of the statement: its evidence document, else its source node's.
    var documents: [String]
    /// The source node's text and evidence with the relationship's own quote, prepared for
    /// keyword search.
    var text: EvidenceText
}
