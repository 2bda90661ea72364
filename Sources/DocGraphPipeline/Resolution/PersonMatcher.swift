import DocGraphKit

/// The person rules of ``CrossDocumentResolver``.
enum PersonMatcher {
    /// The key of the one stored person the entity names, if exactly one matches.
    static func match(_ entity: StoredEntity, in stored: [StoredEntity], bodiesOf roles: [Int64: Set<String>]) -> String? {
        let name = entity.normalisedName
        let parts = name.split(separator: " ")
        // A first name or a surname alone is never enough to join two documents' people.
        guard parts.count >= 2, let given = parts.first, let surname = parts.last else { return nil }
        let exact = stored.filter { $0.normalisedNames.contains(name) }
        if Set(exact.map(\.key)).count == 1 { return exact.first?.key }
        guard exact.isEmpty else { return nil }
        let variants = stored.filter { candidate in
            let theirs = candidate.normalisedName.split(separator: " ")
            guard theirs.count == parts.count, theirs.first == given, let otherSurname = theirs.last,
                  surname.count >= 4, EditDistance.between(String(surname), String(otherSurname)) == 1 else { return false }
            let sharedBody = candidate.id.map { !(roles[$0] ?? []).isDisjoint(with: entity.bodies) } ?? false
            return !candidate.context.isDisjoint(with: entity.context) || sharedBody
        }
        let keys = Set(variants.map(\.key))
        return keys.count == 1 ? keys.first : nil
    }
}
