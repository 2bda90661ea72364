import DocGraphStore

/// Runs a ``CompiledQuery`` on one session: its SQL statements, the writes between them, and
/// the filling-in of the nodes and relationships it returns.
struct QueryExecutor {
    let session: QuerySession

    func run(_ compiled: CompiledQuery) throws -> [[CypherValue]] {
        var results: [[CypherValue]] = []
        if let statement = compiled.statement {
            let rows = try session.rows(statement.sql, arguments: statement.arguments).rows
            results = try rows.map { try decode($0, compiled.columns.map(\.kind)) }
        } else {
            var temporaryTables: [String] = []
            defer { for table in temporaryTables { try? session.execute("DROP TABLE IF EXISTS temp.\(table)") } }
            for (index, part) in compiled.parts.enumerated() {
                let rows = try run(part, temporaryTables: &temporaryTables)
                let kinds = compiled.columns.map(\.kind)
                var decoded = try rows.map { try decode($0, kinds) }
                if index > 0, !compiled.keepsDuplicates[index - 1] {
                    decoded = Self.distinct(results + decoded)
                    results = []
                }
                results += decoded
            }
        }
        return try ResultHydrator(session: session).hydrate(results)
    }

    /// The rows a part returns (empty when it ends with a write).
    func run(_ part: CompiledPart, temporaryTables: inout [String]) throws -> [[SQLValue]] {
        var rows: [[SQLValue]] = [[]]
        var returnsRows = false
        for stage in part.stages {
            switch stage {
            case .select(let statement, _, let input):
                if let input {
                    try store(rows, in: input)
                    temporaryTables.append(input.relation)
                }
                rows = try session.rows(statement.sql, arguments: statement.arguments).rows
                returnsRows = true
            case .write(let step, let output):
                var writer = RowWriter(session: session, width: output.columns.count)
                rows = try writer.apply(step, to: rows)
                returnsRows = false
            }
        }
        return returnsRows && !part.output.isEmpty ? rows : []
    }

    /// Stores rows in a temporary table for the next statement to read.
    func store(_ rows: [[SQLValue]], in layout: RowLayout) throws {
        let width = max(layout.columns.count, 1)
        let columns = (0..<width).map { "c\($0)" }
        try session.execute("CREATE TEMP TABLE \(layout.relation) (" + columns.joined(separator: ", ") + ")")
        let placeholders = (0..<width).map { "?\($0 + 1)" }.joined(separator: ", ")
        for row in rows {
            let values = (0..<width).map { $0 < row.count ? row[$0] : .null }
            try session.execute("INSERT INTO \(layout.relation) VALUES (\(placeholders))", arguments: values)
        }
    }

    func decode(_ row: [SQLValue], _ kinds: [ColumnKind]) throws -> [CypherValue] {
        try zip(row, kinds).map { value, kind in
            switch (kind, value) {
            case (.node, .integer(let id)): return .node(CypherNode(id: id))
            case (.relationship, .integer(let id)): return .relationship(CypherRelationship(id: id))
            default: return try ValueCodec.value(value)
            }
        }
    }

    static func distinct(_ rows: [[CypherValue]]) -> [[CypherValue]] {
        var kept: [[CypherValue]] = []
        for row in rows where !kept.contains(where: { zip($0, row).allSatisfy { $0.isEquivalent(to: $1) } }) {
            kept.append(row)
        }
        return kept
    }
}
