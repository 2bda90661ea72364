/// Stored entities of one label by key, and the keys filed under each ``ResolutionTerm``.
struct EntityTable: Sendable {
    let isPerson: Bool
    private(set) var entities: [String: StoredEntity] = [:]
    private var keysByTerm: [ResolutionTerm: Set<String>] = [:]
    private var termsByKey: [String: Set<ResolutionTerm>] = [:]

    init(isPerson: Bool) {
        self.isPerson = isPerson
    }

    /// Files the entity, replacing what was filed under its key before.
    /// A node with no key (made by hand) has nothing to be matched by and is left out.
    mutating func insert(_ entity: StoredEntity) {
        remove(key: entity.key)
        guard !entity.key.isEmpty else { return }
        entities[entity.key] = entity
        let terms = ResolutionTerm.terms(of: entity, isPerson: isPerson)
        termsByKey[entity.key] = terms
        for term in terms { keysByTerm[term, default: []].insert(entity.key) }
    }

    func entity(forKey key: String) -> StoredEntity? {
        entities[key]
    }

    mutating func remove(key: String) {
        entities[key] = nil
        for term in termsByKey.removeValue(forKey: key) ?? [] {
            keysByTerm[term]?.remove(key)
            if keysByTerm[term]?.isEmpty == true { keysByTerm[term] = nil }
        }
    }

    /// Every stored entity that could match `entity`: a superset of what the matchers accept.
    func candidates(for entity: StoredEntity) -> [StoredEntity] {
        var keys = Set<String>()
        for term in ResolutionTerm.queries(for: entity, isPerson: isPerson) { keys.formUnion(keysByTerm[term] ?? []) }
        return keys.sorted().compactMap { entities[$0] }
    }
}
