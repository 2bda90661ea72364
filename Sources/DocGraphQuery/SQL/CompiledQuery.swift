/// What the compiler hands the executor: SQL statements with bound arguments, the result's
/// columns, and for queries that write, the write steps between the statements.
public struct CompiledQuery: Sendable {
    public var columns: [OutputColumn]
    public var isWriting: Bool
    public var explain: Bool
    /// Each UNION part's stages; a read-only query has one select stage per part.
    var parts: [CompiledPart]
    /// For each UNION between parts: true for UNION ALL.
    var keepsDuplicates: [Bool]
    /// A read-only query as one statement (UNION included): what runs, and what EXPLAIN shows.
    public var statement: SQLStatement?
    /// What the statements take for granted about the store's relationships (label checks
    /// left out); the engine checks it again in the snapshot the query runs in.
    var assumed: Set<RelationshipEnd> = []

    /// Every SQL statement the query runs, for EXPLAIN and for tests.
    public var statements: [SQLStatement] {
        if let statement { return [statement] }
        return parts.flatMap { part in
            part.stages.compactMap { stage -> SQLStatement? in
                if case .select(let statement, _, _) = stage { return statement }
                return nil
            }
        }
    }
}
