import DocGraphStore

/// Runs queries against a store: the one place the stages are wired together.
///
///     text ─▶ Parser ─▶ Statement ─▶ Binder ─▶ BoundQuery ─▶ SQLCompiler ─▶ CompiledQuery
///          ─▶ QueryExecutor (SQLite) ─▶ QueryResult ─▶ ResultFormatter
///
/// Every error leaving it is a ``QueryError`` with line, column and caret when it points
/// into the query.
public struct QueryEngine: Sendable {
    public let store: GraphStore

    public init(store: GraphStore) {
        self.store = store
    }

    /// Parses, checks, compiles and runs a query. A query holding a write clause runs in one
    /// write transaction; any other query on a read-only snapshot.
    public func run(_ text: String, parameters: [String: CypherValue] = [:], options: QueryOptions = QueryOptions()) throws -> QueryResult {
        let source = Source(text)
        do {
            var (bound, compiled) = try prepare(source, parameters: parameters, options: options)
            if compiled.explain {
                return try explain(compiled, warnings: bound.warnings.map { source.locate($0) })
            }
            var rows = try execute(compiled)
            if rows == nil {
                // The store changed between compiling and running: compile again assuming nothing.
                (bound, compiled) = try prepare(source, parameters: parameters, options: options, ends: .unknown)
                rows = try execute(compiled)
            }
            return QueryResult(columns: compiled.columns.map(\.name), rows: rows ?? [],
                               warnings: bound.warnings.map { source.locate($0) })
        } catch let error as QueryError {
            throw source.locate(error)
        } catch let error as StoreError {
            throw QueryError.runtime("StoreError", error.description)
        }
    }

    /// The stages before execution: parse, bind (with the store's names for warnings), compile.
    public func prepare(_ source: Source, parameters: [String: CypherValue] = [:], options: QueryOptions = QueryOptions())
        throws -> (BoundQuery, CompiledQuery) {
        try prepare(source, parameters: parameters, options: options, ends: nil)
    }

    /// Runs a compiled query in one snapshot; `nil` when what it assumed about the store's
    /// relationships no longer holds there.
    func execute(_ compiled: CompiledQuery) throws -> [[CypherValue]]? {
        try store.withSession(writing: compiled.isWriting, library: RuntimeLibrary.library) { session in
            if !compiled.assumed.isEmpty {
                let ends = try RelationshipEnds.read(session)
                guard compiled.assumed.allSatisfy(ends.holds) else { return nil }
            }
            return try QueryExecutor(session: session).run(compiled)
        }
    }

    /// ``prepare(_:parameters:options:)`` with the relationship end counts to compile with;
    /// `nil` reads them from the store.
    func prepare(_ source: Source, parameters: [String: CypherValue], options: QueryOptions, ends: RelationshipEnds?)
        throws -> (BoundQuery, CompiledQuery) {
        do {
            let statement = try Parser.parse(source)
            let sampled = try store.withSession(writing: false) { session in try CatalogReader.sampled(session) }
            var binder = Binder(catalog: sampled, source: source)
            var bound = try binder.bind(statement)
            if !bound.warnings.isEmpty {
                // The sampled catalog may lack a key that exists, and warnings list every known name.
                let exhaustive = try store.withSession(writing: false) { session in try CatalogReader.exhaustive(session) }
                var exact = Binder(catalog: exhaustive, source: source)
                bound = try exact.bind(statement)
            }
            if options.readOnly, bound.isWriting {
                let clause = statement.query.parts.flatMap(\.clauses).first(where: \.isWrite)
                throw QueryError.semantic("ReadOnlyQuery",
                                          "this query changes the graph (CREATE, MERGE, SET, REMOVE or DELETE) but writes are refused by --read-only",
                                          at: clause?.range)
            }
            var compiler = SQLCompiler(parameters: parameters)
            if !bound.isWriting {
                compiler.ends = try ends ?? store.withSession(writing: false) { session in try RelationshipEnds.read(session) }
            }
            return (bound, try compiler.compile(bound))
        } catch let error as QueryError {
            throw source.locate(error)
        }
    }

    func explain(_ compiled: CompiledQuery, warnings: [QueryWarning]) throws -> QueryResult {
        var lines: [String] = []
        try store.withSession(writing: false, library: RuntimeLibrary.library) { session in
            for (index, statement) in compiled.statements.enumerated() {
                lines.append("-- statement \(index + 1)")
                lines.append(statement.sql)
                lines.append("-- arguments: " + statement.arguments.map(Self.describe).joined(separator: ", "))
                if compiled.isWriting && index > 0 {
                    lines.append("-- plan: reads the rows the previous write produced")
                } else {
                    lines.append("-- plan:")
                    lines += try session.queryPlan(statement.sql, arguments: statement.arguments).map { "   " + $0 }
                }
            }
        }
        return QueryResult(columns: ["plan"], rows: lines.map { [.string($0)] }, warnings: warnings, explanation: lines.joined(separator: "\n"))
    }

    static func describe(_ value: SQLValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let int): return String(int)
        case .real(let double): return String(double)
        case .text(let text): return "'" + text + "'"
        case .blob(let bytes):
            return (try? ValueCodec.value(.blob(bytes))).map(CypherLiteralFormat.format) ?? "<\(bytes.count) bytes>"
        }
    }
}
