/// Compiles one single query (one part of a UNION) clause by clause.
struct PartCompiler {
    let parameters: [String: CypherValue]
    var counter: Int
    let unionCount: Int
    /// The common table expressions of the statement being built.
    var ctes: [String] = []
    var arguments = SQLArguments()
    var stages: [CompiledStage] = []
    /// The relation the next clause reads.
    var layout = RowLayout(relation: "", columns: [])
    /// The one-row relation a query starts from, which a first MATCH need not join (joined,
    /// it leads SQLite's planner away from the pattern's best start).
    var startRelation: String?
    /// The store's relationship end counts (``RelationshipEnds/unknown`` for a writing query).
    var ends = RelationshipEnds.unknown
    /// The relationship ends the compiled statements take for granted.
    var assumed = Set<RelationshipEnd>()
    /// Set after a write: the temporary table the next statement reads the rows from.
    var pendingInput: RowLayout?
    /// The last statement's SELECT (for a read-only part, combined with UNION).
    var finalSelect: String?

    init(parameters: [String: CypherValue], counter: Int, unionCount: Int) {
        self.parameters = parameters
        self.counter = counter
        self.unionCount = unionCount
    }

    mutating func name(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    mutating func addCTE(_ name: String, _ body: String) {
        ctes.append("\(name) AS (\(body))")
    }

    mutating func compile(_ query: SingleQuery) throws(QueryError) -> CompiledPart {
        let start = name("q")
        addCTE(start, "SELECT 1 AS _one")
        startRelation = start
        layout = RowLayout(relation: start, columns: [])
        var output: [RowColumn] = []
        for clause in query.clauses {
            switch clause {
            case .match(let match): try compileMatch(match)
            case .unwind(let unwind): try compileUnwind(unwind)
            case .with(let with): try compileWith(with)
            case .return(let ret): output = try compileReturn(ret)
            case .call(let call): try compileCall(call)
            case .create(let create): try compileWrite { compiler, rows throws(QueryError) in try compiler.createStep(create.pattern, rows) }
            case .merge(let merge): try compileWrite { compiler, rows throws(QueryError) in try compiler.mergeStep(merge, rows) }
            case .set(let set): try compileWrite { compiler, rows throws(QueryError) in try compiler.setStep(set.items, rows) }
            case .remove(let remove):
                try compileWrite { compiler, rows throws(QueryError) in try compiler.removeStep(remove.items, rows) }
            case .delete(let delete): try compileWrite { compiler, rows throws(QueryError) in try compiler.deleteStep(delete, rows) }
            }
        }
        if case .call = query.clauses.last {
            output = try projectAll(layout.columns.map(\.variable))
        }
        if !output.isEmpty || query.clauses.last.map({ !$0.isWrite }) == true {
            emitFinal(output)
        }
        return CompiledPart(stages: stages, layout: finalLayout, output: finalOutput)
    }

    var finalLayout = RowLayout(relation: "", columns: [])
    var finalOutput: [RowColumn] = []

    /// Ends the statement with a SELECT of the output columns, in order when ORDER BY said so.
    mutating func emitFinal(_ output: [RowColumn]) {
        let relation = layout.relation
        var columns: [String] = []
        var resultColumns: [RowColumn] = []
        for (index, column) in output.enumerated() {
            var sql = "\(relation).\(column.column)"
            var kind = column.kind
            if unionCount > 1 {
                sql = Self.valueSQL(ScopeEntry(sql: sql, kind: column.kind))
                kind = .value
            }
            columns.append("\(sql) AS c\(index)")
            resultColumns.append(RowColumn(variable: column.variable, column: "c\(index)", kind: kind))
        }
        if columns.isEmpty { columns = ["NULL AS _none"] }
        var select = "SELECT " + columns.joined(separator: ", ") + " FROM " + relation
        if let order = layout.orderColumn { select += " ORDER BY \(relation).\(order)" }
        finalSelect = select
        finalLayout = RowLayout(relation: relation, columns: resultColumns)
        finalOutput = resultColumns
        stages.append(.select(statement(select), layout: finalLayout, input: pendingInput))
        pendingInput = nil
    }

    /// The statement built so far, ending with `select`.
    func statement(_ select: String) -> SQLStatement {
        SQLStatement(sql: (ctes.isEmpty ? "" : "WITH RECURSIVE " + ctes.joined(separator: ",\n") + "\n") + select,
                     arguments: arguments.values)
    }

    /// A value column for a scope entry: nodes and relationships become encoded references.
    static func valueSQL(_ entry: ScopeEntry) -> String {
        switch entry.kind {
        case .node: return "cy_node(\(entry.sql))"
        case .relationship: return "cy_rel(\(entry.sql))"
        case .value: return entry.sql
        }
    }

    /// The id of a node or relationship in a scope entry.
    static func idSQL(_ entry: ScopeEntry) -> String {
        entry.kind == .value ? "cy_id(\(entry.sql))" : entry.sql
    }
}
