/// A word or phrase under which ``ResolutionIndex`` files an entity: each kind answers one of
/// the resolver's questions.
enum ResolutionTerm: Hashable, Sendable {
    /// A normalised name or alias: "is this the same name?"
    case name(String)
    /// The normalised name itself, not an alias: "is a stored name the end of this one?"
    case displayName(String)
    /// The last two words or more of a longer normalised name: "does a stored name end with this
    /// one?"
    case suffix(String)
    /// Word count, first word and the surname or the surname less one letter: two names whose
    /// surnames differ by one letter share one of these (symmetric deletion).
    case surnameVariant(words: Int, given: Substring, surname: String)

    /// The terms an entity is filed under.
    static func terms(of entity: StoredEntity, isPerson: Bool) -> Set<ResolutionTerm> {
        terms(for: entity, isPerson: isPerson, filing: true)
    }

    /// The terms to look up for an entity about to be resolved: an organisation's whole name
    /// among the stored names' ends, and its own ends among the stored names.
    static func queries(for entity: StoredEntity, isPerson: Bool) -> Set<ResolutionTerm> {
        terms(for: entity, isPerson: isPerson, filing: false)
    }

    private static func terms(for entity: StoredEntity, isPerson: Bool, filing: Bool) -> Set<ResolutionTerm> {
        var terms = Set(entity.normalisedNames.map(ResolutionTerm.name))
        let words = entity.normalisedName.split(separator: " ")
        if isPerson {
            terms.formUnion(surnameVariants(of: words))
        } else if words.count >= 2 {
            let ends = (2..<words.count).map { words.suffix($0).joined(separator: " ") }
            terms.insert(filing ? .displayName(entity.normalisedName) : .suffix(entity.normalisedName))
            terms.formUnion(ends.map(filing ? ResolutionTerm.suffix : ResolutionTerm.displayName))
        }
        return terms
    }

    private static func surnameVariants(of words: [Substring]) -> Set<ResolutionTerm> {
        guard words.count >= 2, let given = words.first, let surname = words.last else { return [] }
        let letters = Array(surname)
        var terms: Set<ResolutionTerm> = [.surnameVariant(words: words.count, given: given, surname: String(surname))]
        for index in letters.indices {
            var shorter = letters
            shorter.remove(at: index)
            terms.insert(.surnameVariant(words: words.count, given: given, surname: String(shorter)))
        }
        return terms
    }
}
