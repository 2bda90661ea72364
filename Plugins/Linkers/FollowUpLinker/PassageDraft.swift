import DocGraphKit

/// A passage as read from its document, before its words and terms are interned into the
/// corpus (``CorpusPassage``): reading needs no state shared between documents, so documents
/// are read on all cores and only the interning is done in turn.
struct PassageDraft: Sendable {
    var range: TextRange
    var scalars: Range<Int>
    /// Its words in lower case, in order.
    var words: [String]
    /// The same words as written.
    var written: [String]
    /// How often each stem and pair of stems occurs, and `@<node id>` (1) for each entity mentioned.
    var terms: [String: Int]
    var isHeading: Bool
    var heading: Int?
    var boilerplateKey: Int64
    /// True when its words point back to the sentence before it (``FollowUpLexicon/anaphora``).
    var pointsBack: Bool
}
