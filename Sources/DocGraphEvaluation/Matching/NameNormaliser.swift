/// Normalises names of people and organisations for scoring, so that figures from different
/// tools agree: case folded, punctuation (apostrophes included) and hyphens to spaces, leading
/// titles and trailing honorifics removed; for organisations also a leading "the" and "&" read as
/// "and".
///
/// A title or honorific is never removed when it is all that is left ("Inspector" alone stays).
public struct NameNormaliser: Hashable, Sendable {
    /// The title words removed from the front of a name, longest first so that "Assistant Chief
    /// Constable" goes before "Chief Constable" is tried.
    public static let leadingTitles: [[String]] = [
        "assistant chief constable", "deputy chief constable", "chief constable", "chief superintendent",
        "detective chief inspector", "detective inspector", "detective sergeant", "detective constable",
        "chief inspector", "police constable", "special constable", "right honourable", "rt hon", "honourable",
        "councillor", "cllr", "pcso", "pc", "sergeant", "sgt", "inspector", "insp", "superintendent", "supt",
        "dr", "doctor", "professor", "prof", "sir", "dame", "lord", "lady", "baroness", "baron", "hon", "reverend",
        "rev", "miss", "mr", "mrs", "ms", "mx",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// Honorifics and post-nominal letters removed from the end of a name.
    public static let trailingHonorifics: Set<String> = [
        "mp", "mep", "msp", "td", "obe", "mbe", "cbe", "kbe", "dbe", "qpm", "jp", "dl", "qc", "kc",
    ]

    /// Normalises people's names.
    public static let people = NameNormaliser(forOrganisations: false)
    /// Normalises organisations' names: a leading "the" goes and "&" reads "and".
    public static let organisations = NameNormaliser(forOrganisations: true)

    /// Whether the organisation rules apply.
    public let forOrganisations: Bool

    public init(forOrganisations: Bool) {
        self.forOrganisations = forOrganisations
    }

    /// The normalised name: its words joined by single spaces; empty when there are none.
    public func normalise(_ name: String) -> String {
        words(of: name).joined(separator: " ")
    }

    /// The normalised name's words.
    public func words(of name: String) -> [String] {
        var words = TextWords.split(name, keepAmpersands: forOrganisations)
        if forOrganisations {
            words = words.map { $0 == "&" ? "and" : $0 }
        }
        var changed = true
        while changed {
            changed = false
            if forOrganisations, words.count > 1, words[0] == "the" {
                words.removeFirst()
                changed = true
            }
            if let title = Self.leadingTitles.first(where: { words.count > $0.count && words.starts(with: $0) }) {
                words.removeFirst(title.count)
                changed = true
            }
        }
        while words.count > 1, let last = words.last, Self.trailingHonorifics.contains(last) {
            words.removeLast()
        }
        return words
    }

    /// True when two names are the same name: equal normalised words when strict; for lenient,
    /// one's words a contiguous run of the other's.
    public func matches(_ left: String, _ right: String, mode: MatchMode) -> Bool {
        Self.matches(words(of: left), words(of: right), mode: mode)
    }

    /// True when any variant of one list matches any variant of the other.
    public func matchesAny(_ left: [String], _ right: [String], mode: MatchMode) -> Bool {
        let rightWords = right.map(words(of:))
        return left.contains { name in
            let leftWords = words(of: name)
            return rightWords.contains { Self.matches(leftWords, $0, mode: mode) }
        }
    }

    /// Compares normalised word lists.
    static func matches(_ left: [String], _ right: [String], mode: MatchMode) -> Bool {
        guard !left.isEmpty, !right.isEmpty else { return false }
        switch mode {
        case .strict:
            return left == right
        case .lenient:
            let (short, long) = left.count <= right.count ? (left, right) : (right, left)
            return (0...(long.count - short.count)).contains { long[$0..<($0 + short.count)].elementsEqual(short) }
        }
    }
}
