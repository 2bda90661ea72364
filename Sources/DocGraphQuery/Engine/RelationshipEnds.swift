import DocGraphStore

/// The store's counts of relationships per type and of their ends per label (kept by the
/// store's triggers), read so the compiler can leave out label checks that every relationship
/// of the types matched already passes.
struct RelationshipEnds: Sendable, Equatable {
    /// Relationships per type.
    var totals: [String: Int] = [:]
    /// Relationships per type, side and label of the node at that side.
    var labelled: [RelationshipEnd: Int] = [:]
    /// False when nothing is known (a query that writes): no check is left out.
    var isKnown = false

    /// Nothing known: every label is checked.
    static let unknown = RelationshipEnds()

    /// True when every relationship of `type` has a node labelled `end.label` at `end.side`.
    func holds(_ end: RelationshipEnd) -> Bool {
        guard isKnown else { return false }
        return (labelled[end] ?? 0) == (totals[end.type] ?? 0)
    }

    /// Reads the counts (every store opened is migrated to keep them).
    static func read(_ session: QuerySession) throws -> RelationshipEnds {
        var ends = RelationshipEnds(isKnown: true)
        for row in try session.rows("SELECT type, count FROM relationship_type_count").rows {
            if case .text(let type) = row[0], case .integer(let count) = row[1] { ends.totals[type] = Int(count) }
        }
        for row in try session.rows("SELECT type, side, label, count FROM relationship_end_label WHERE count > 0").rows {
            guard case .text(let type) = row[0], case .integer(let side) = row[1], let end = RelationshipEnd.Side(rawValue: Int(side)),
                  case .text(let label) = row[2], case .integer(let count) = row[3] else { continue }
            ends.labelled[RelationshipEnd(type: type, side: end, label: label)] = Int(count)
        }
        return ends
    }
}
