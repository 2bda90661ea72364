/// Stored entities of one label by key, and the entities filed under each ``ResolutionTerm``.
///
/// It holds every stored person or organisation for the length of an ingest, so it is kept
/// small: each entity has a slot, and a term is filed as its hash with the slots under it (most
/// terms, such as a surname less one letter, name one entity only). Two terms sharing a hash
/// only add candidates, which the matchers then turn down, so lookups still give a superset of
/// what the matchers accept.
struct EntityTable: Sendable {
    let isPerson: Bool
    /// The entity in each slot; `nil` once its key is removed.
    private var entities: [StoredEntity?] = []
    private var slotsByKey: [String: Int32] = [:]
    /// The hashes of the terms each slot is filed under.
    private var termsBySlot: [[Int]] = []
    /// For each term hash, one slot filed under it ...
    private var firstSlotByTerm: [Int: Int32] = [:]
    /// ... and the others, for the terms that several entities share.
    private var moreSlotsByTerm: [Int: [Int32]] = [:]

    init(isPerson: Bool) {
        self.isPerson = isPerson
    }

    /// Files the entity, replacing what was filed under its key before.
    /// A node with no key (made by hand) has nothing to be matched by and is left out.
    mutating func insert(_ entity: StoredEntity) {
        insert(entity, filedUnder: Self.filingTerms(of: entity, isPerson: isPerson))
    }

    /// The hashes of the terms an entity is filed under. It depends on the entity alone, so a
    /// table built from many stored entities works them out on all cores and files them in turn.
    static func filingTerms(of entity: StoredEntity, isPerson: Bool) -> [Int] {
        ResolutionTerm.terms(of: entity, isPerson: isPerson).map(\.hashValue)
    }

    /// Files the entity under `terms` (its ``filingTerms(of:isPerson:)``), replacing what was
    /// filed under its key before.
    mutating func insert(_ entity: StoredEntity, filedUnder terms: [Int]) {
        remove(key: entity.key)
        guard !entity.key.isEmpty else { return }
        let slot: Int32
        if let known = slotsByKey[entity.key] {
            slot = known
        } else {
            slot = Int32(entities.count)
            slotsByKey[entity.key] = slot
            entities.append(nil)
            termsBySlot.append([])
        }
        entities[Int(slot)] = entity
        termsBySlot[Int(slot)] = terms
        for term in terms { file(slot, under: term) }
    }

    func entity(forKey key: String) -> StoredEntity? {
        slotsByKey[key].flatMap { entities[Int($0)] }
    }

    mutating func remove(key: String) {
        guard let slot = slotsByKey[key], entities[Int(slot)] != nil else { return }
        entities[Int(slot)] = nil
        for term in termsBySlot[Int(slot)] { unfile(slot, from: term) }
        termsBySlot[Int(slot)] = []
    }

    /// Every stored entity that could match `entity`: a superset of what the matchers accept,
    /// in the order of their keys.
    func candidates(for entity: StoredEntity) -> [StoredEntity] {
        var slots = Set<Int32>()
        for term in ResolutionTerm.queries(for: entity, isPerson: isPerson).map(\.hashValue) {
            guard let first = firstSlotByTerm[term] else { continue }
            slots.insert(first)
            slots.formUnion(moreSlotsByTerm[term] ?? [])
        }
        return slots.compactMap { entities[Int($0)] }.sorted { $0.key < $1.key }
    }

    private mutating func file(_ slot: Int32, under term: Int) {
        guard let first = firstSlotByTerm[term] else {
            firstSlotByTerm[term] = slot
            return
        }
        guard first != slot, moreSlotsByTerm[term]?.contains(slot) != true else { return }
        moreSlotsByTerm[term, default: []].append(slot)
    }

    private mutating func unfile(_ slot: Int32, from term: Int) {
        var more = moreSlotsByTerm.removeValue(forKey: term) ?? []
        if firstSlotByTerm[term] == slot {
            firstSlotByTerm[term] = more.popLast()
        } else {
            more.removeAll { $0 == slot }
        }
        if !more.isEmpty { moreSlotsByTerm[term] = more }
    }
}
