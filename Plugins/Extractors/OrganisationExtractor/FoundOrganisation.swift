import DocGraphKit

/// One place the finder saw a body named, before mentions are made.
struct FoundOrganisation: Hashable, Sendable {
    /// Word indices of the words naming it, half-open.
    var words: Range<Int>
    /// The name as written (possessive dropped, spaces tidied).
    var name: String
    var kind: String
    /// An abbreviation the text defined for it.
    var acronym: String?
    /// A name this one refers back to ("the Panel" to "Police and Crime Panel"), when known.
    var refersTo: String?
    var confidence: Double
}
