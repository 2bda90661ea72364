import DocGraphKit

/// One place the finder saw a person named, before the names of a document are grouped.
struct FoundPerson: Hashable, Sendable {
    enum Form: Hashable, Sendable {
        /// A first name and a surname, or a title and two names.
        case full
        /// A first name alone ("Helen joins us"): refers to a full name of the document.
        case given
        /// A surname alone, after a title ("PCC Smith") or bare.
        case surname
        /// A first name after a family word ("dad Jeff"): a person in their own right.
        case kin
    }

    /// Word indices of the name itself (no titles), half-open.
    var words: Range<Int>
    var form: Form
    /// The name as written, possessive dropped.
    var name: String
    var given: String?
    var surname: String?
    /// Titles in canonical spelling, post-nominal letters included.
    var titles: [String]
    var roles: [FoundRole]
    /// True when the name needs support to count: a first name and a surname that are both
    /// ordinary English words ("Grant Scheme").
    var isWeak: Bool
    var confidence: Double
}

/// A role the text ties a person to: the title and, when known, the body it is held in.
struct FoundRole: Hashable, Sendable {
    var title: String
    /// The kind of body the role is held in, from the title's lexicon entry: police, council,
    /// office, parliament, or empty.
    var bodyKind: String
    /// The id of an Organisation mention the text names with the role.
    var organisation: String?
    /// An area named with the role ("for West Mercia"), to find the body by.
    var area: String?
    /// The word just past the role's own words, when they lie beyond the name's sentence (the
    /// lines of a signature): the evidence reaches that far.
    var wordsEnd: Int?
}
