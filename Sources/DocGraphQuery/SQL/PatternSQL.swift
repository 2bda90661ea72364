/// A pattern as SQL: tables to join and the conditions on them.
struct PatternSQL {
    var from: [String] = []
    /// Positions in ``from`` of tables SQLite must read after every table listed before them
    /// (a CROSS JOIN): a variable-length walk after the node it starts from, so the planner
    /// never reads every node to filter the walk's rows.
    var readAfterEarlier: Set<Int> = []
    var conditions: [String] = []
    /// Ids of the fixed-length relationships matched, for relationship uniqueness.
    var relationshipIDs: [String] = []
    /// The id lists (`,1,2,`) of the variable-length hops matched.
    var relationshipLists: [String] = []

    /// Adds a table that SQLite must read after every table added before it.
    mutating func appendReadAfterEarlier(_ table: String) {
        readAfterEarlier.insert(from.count)
        from.append(table)
    }

    /// Adds the tables and conditions of `other` after these; with `readAfterEarlier`, each of
    /// its tables is read after every table before it.
    mutating func append(_ other: PatternSQL, readAfterEarlier ordered: Bool) {
        for (index, table) in other.from.enumerated() {
            if ordered || other.readAfterEarlier.contains(index) { appendReadAfterEarlier(table) } else { from.append(table) }
        }
        conditions += other.conditions
        relationshipIDs += other.relationshipIDs
        relationshipLists += other.relationshipLists
    }

    /// The FROM list: `leading` relations, then the pattern's tables, joined with commas or
    /// CROSS JOIN where the order is fixed; empty when there is no table at all.
    func fromList(after leading: [String] = []) -> String {
        var text = leading.joined(separator: ", ")
        for (index, table) in from.enumerated() {
            if !text.isEmpty { text += readAfterEarlier.contains(index) ? " CROSS JOIN " : ", " }
            text += table
        }
        return text
    }
}
