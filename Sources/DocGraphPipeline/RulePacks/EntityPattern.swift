import DocGraphKit

/// One rule of a rule pack: a phrase or a sequence of token tests, and the mention a match becomes.
///
/// Lexicon lines and pattern lines both load into this one shape, so the matcher treats them the
/// same way.
public struct EntityPattern: Sendable {
    /// What the rule matches.
    enum Body: Sendable {
        /// Words to find as they are written, whitespace between them matching any whitespace.
        /// `caseInsensitive` is spaCy's `phrase_matcher_attr: LOWER`; the phrase is then kept
        /// lower-cased.
        case phrase(String, caseInsensitive: Bool)
        case tokens([TokenStep])
    }

    /// The label of the mentions it makes (after the pack's label map).
    public let label: String
    /// Groups variants: spaCy's pattern `id`, or a lexicon line's `id=` property.
    public let key: String?
    /// Properties every mention it makes carries.
    public let properties: Properties
    /// The section of the document a match must lie in, if any.
    public let section: String?
    /// Word lists whose phrases are cut from either end of a match (docgraph's `trim`): the
    /// mention keeps the rest, and each cut phrase is added to the list property named after its
    /// word list, so `"trim": ["titles"]` turns "Councillor Ann Vale MBE" into the mention
    /// "Ann Vale" with `titles` ["Councillor", "MBE"].
    public let trim: [String]
    /// Where the rule was written, as `file:line`.
    public let source: String
    let body: Body

    init(
        label: String, key: String?, properties: Properties, section: String?, trim: [String] = [], source: String,
        body: Body
    ) {
        self.label = label
        self.key = key
        self.properties = properties
        self.section = section
        self.trim = trim
        self.source = source
        self.body = body
    }

    /// A phrase written the way the matcher compares it: whitespace runs made single spaces,
    /// lower-cased when matching ignores case.
    static func normalizedPhrase(_ phrase: String, caseInsensitive: Bool) -> String {
        let words = phrase.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return caseInsensitive ? words.lowercased() : words
    }
}
