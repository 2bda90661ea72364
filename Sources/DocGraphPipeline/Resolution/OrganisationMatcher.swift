import DocGraphKit

/// The organisation rules of ``CrossDocumentResolver``.
enum OrganisationMatcher {
    /// The key of the one stored organisation the entity names, if exactly one matches.
    static func match(_ entity: StoredEntity, in stored: [StoredEntity]) -> String? {
        let names = entity.normalisedNames
        let exact = stored.filter { !$0.normalisedNames.isDisjoint(with: names) && kindsAgree($0, entity) }
        if let key = single(exact) { return key }
        guard exact.isEmpty else { return nil }
        let own = entity.normalisedName.split(separator: " ")
        let nested = stored.filter { candidate in
            let theirs = candidate.normalisedName.split(separator: " ")
            guard kindsAgree(candidate, entity), own.count != theirs.count else { return false }
            let (short, long) = own.count < theirs.count ? (own, theirs) : (theirs, own)
            return short.count >= 2 && Array(long.suffix(short.count)) == short
        }
        return single(nested)
    }

    private static func kindsAgree(_ one: StoredEntity, _ other: StoredEntity) -> Bool {
        guard let first = one.kind, let second = other.kind else { return true }
        return first == second || first == "other" || second == "other"
    }

    private static func single(_ candidates: [StoredEntity]) -> String? {
        let keys = Set(candidates.map(\.key))
        return keys.count == 1 ? keys.first : nil
    }
}
