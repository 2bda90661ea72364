/// A pattern as SQL: tables to join and the conditions on them.
struct PatternSQL {
    var from: [String] = []
    var conditions: [String] = []
    /// Ids of the fixed-length relationships matched, for relationship uniqueness.
    var relationshipIDs: [String] = []
    /// The id lists (`,1,2,`) of the variable-length hops matched.
    var relationshipLists: [String] = []
}
