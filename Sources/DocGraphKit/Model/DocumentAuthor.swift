/// The person a document names as its author, and the office they speak for: what first-person
/// words ("I", "me", "my office", "we") stand for.
///
/// An authors extractor records it as one lexical ``DocumentAuthor/label`` mention over the
/// signature; its properties point at the Person mention of the author and, when the document
/// names it, the Organisation mention of the author's office. Other extractors read it back with
/// ``DocumentAuthor/init(annotations:)`` and attach their facts to those mentions, so the author
/// is resolved like any other person.
public struct DocumentAuthor: Hashable, Sendable {
    /// The lexical label of the mention that records the author.
    public static let label = "AUTHOR"

    /// Id of the Person mention of the author.
    public var person: String
    /// Id of the Organisation mention of the author's office, when the document names it.
    public var office: String?
    /// The author's name as the signature gives it, without titles or honorifics.
    public var name: String
    /// The role the signature gives, such as "Warwickshire Police and Crime Commissioner".
    public var role: String?

    public init(person: String, office: String? = nil, name: String, role: String? = nil) {
        self.person = person
        self.office = office
        self.name = name
        self.role = role
    }

    /// Reads the author back from an AUTHOR mention; `nil` for other mentions.
    public init?(_ mention: Mention) {
        guard mention.label == DocumentAuthor.label, let person = mention.properties["person"]?.stringValue else {
            return nil
        }
        self.init(
            person: person, office: mention.properties["office"]?.stringValue,
            name: mention.properties["name"]?.stringValue ?? mention.text, role: mention.properties["role"]?.stringValue)
    }

    /// The author of a document: its first AUTHOR mention whose person mention exists.
    public init?(annotations: Annotations) {
        for mention in annotations.mentions(labeled: DocumentAuthor.label) {
            if let author = DocumentAuthor(mention), annotations.mention(withID: author.person) != nil {
                self = author
                return
            }
        }
        return nil
    }

    /// The mention that records this author over a signature's range.
    public func mention(id: String, range: TextRange, text: String, extractor: String, confidence: Double = 1) -> Mention {
        var properties: Properties = ["person": .string(person), "name": .string(name)]
        if let office { properties["office"] = .string(office) }
        if let role { properties["role"] = .string(role) }
        return Mention(
            id: id, label: DocumentAuthor.label, range: range, text: text, properties: properties, extractor: extractor,
            confidence: confidence)
    }

    /// The mention first-person plural and office words ("we", "our", "my office") stand for:
    /// the office when the document names it, the author otherwise.
    public var collective: String { office ?? person }

    /// Words that stand for the author.
    public static let singularWords: Set<String> = ["i", "me", "my", "myself", "mine", "i'm", "i've", "i'd", "i'll"]
    /// Words that stand for the author's office or team.
    public static let pluralWords: Set<String> = ["we", "us", "our", "ourselves", "we've", "we're", "we'll"]
    /// Nouns that, after "my" or "our", name the author's office ("my office", "our team").
    public static let officeNouns: Set<String> = ["office", "team", "staff"]

    /// The mention that the first-person words starting at `index` of normalised `words` stand
    /// for, with how many words they take: "my office" (two words) is the office, "I" or "me"
    /// the person, "we" or "our" the office (the person when no office is named).
    public func reference(at index: Int, in words: [String]) -> (mention: String, length: Int)? {
        guard words.indices.contains(index) else { return nil }
        let word = words[index]
        let possessive = word == "my" || word == "our"
        if possessive, index + 1 < words.count, DocumentAuthor.officeNouns.contains(words[index + 1]) {
            return (collective, 2)
        }
        if DocumentAuthor.singularWords.contains(word) { return (person, 1) }
        if DocumentAuthor.pluralWords.contains(word) { return (collective, 1) }
        return nil
    }
}
