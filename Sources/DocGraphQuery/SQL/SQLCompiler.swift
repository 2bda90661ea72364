import DocGraphStore

/// Compiles a ``BoundQuery`` to SQL over the store's tables.
///
/// Each clause becomes a common table expression reading the previous one: patterns become
/// joins of `node`, `node_label` and `relationship`, variable-length relationships recursive
/// CTEs that never reuse a relationship within a path, projections `SELECT`s with `GROUP BY`
/// for aggregates. Cypher's value semantics come from the functions of ``RuntimeLibrary``.
/// Every value is bound as an argument. Write clauses split the query into stages that the
/// executor runs with the writes between them.
public struct SQLCompiler {
    let parameters: [String: CypherValue]
    /// The store's relationship end counts, for leaving out label checks they imply.
    var ends = RelationshipEnds.unknown

    public init(parameters: [String: CypherValue] = [:]) {
        self.parameters = parameters
    }

    public func compile(_ bound: BoundQuery) throws(QueryError) -> CompiledQuery {
        let query = bound.statement.query
        var counter = 0
        var parts: [CompiledPart] = []
        var assumed = Set<RelationshipEnd>()
        var finals: [(ctes: [String], select: String, arguments: SQLArguments)] = []
        for part in query.parts {
            var compiler = PartCompiler(parameters: parameters, counter: counter, unionCount: query.parts.count)
            compiler.ends = bound.isWriting ? .unknown : ends
            let compiled = try compiler.compile(part)
            assumed.formUnion(compiler.assumed)
            counter = compiler.counter
            parts.append(compiled)
            if let final = compiler.finalSelect { finals.append((compiler.ctes, final, compiler.arguments)) }
        }
        let columns = parts.first?.output.map { OutputColumn(name: $0.variable, kind: query.parts.count > 1 ? .value : $0.kind) } ?? []
        var statement: SQLStatement?
        if !bound.isWriting, finals.count == parts.count {
            statement = Self.union(finals, keepsDuplicates: query.keepsDuplicates)
        }
        return CompiledQuery(columns: columns, isWriting: bound.isWriting, explain: bound.statement.explain, parts: parts,
                             keepsDuplicates: query.keepsDuplicates, statement: statement, assumed: assumed)
    }

    /// Joins the parts' final selects into one statement, renumbering each part's arguments.
    static func union(_ finals: [(ctes: [String], select: String, arguments: SQLArguments)], keepsDuplicates: [Bool]) -> SQLStatement {
        var ctes: [String] = []
        var selects: [String] = []
        var arguments: [SQLValue] = []
        for final in finals {
            let offset = arguments.count
            let shift = { (text: String) in renumber(text, by: offset) }
            ctes += final.ctes.map(shift)
            selects.append(shift(final.select))
            arguments += final.arguments.values
        }
        var sql = ctes.isEmpty ? "" : "WITH RECURSIVE " + ctes.joined(separator: ",\n") + "\n"
        if selects.count == 1 {
            sql += selects[0]
        } else {
            for (index, select) in selects.enumerated() {
                if index > 0 { sql += keepsDuplicates[index - 1] ? "\nUNION ALL\n" : "\nUNION\n" }
                sql += "SELECT * FROM (" + select + ")"
            }
        }
        return SQLStatement(sql: sql, arguments: arguments)
    }

    /// Adds an offset to every `?N` placeholder of a text.
    static func renumber(_ text: String, by offset: Int) -> String {
        guard offset > 0 else { return text }
        var result = ""
        var digits = ""
        var inPlaceholder = false
        for char in text {
            if inPlaceholder, char.isASCII, char.isNumber {
                digits.append(char)
                continue
            }
            if inPlaceholder {
                result += String((Int(digits) ?? 0) + offset)
                digits = ""
                inPlaceholder = false
            }
            result.append(char)
            if char == "?" { inPlaceholder = true }
        }
        if inPlaceholder { result += String((Int(digits) ?? 0) + offset) }
        return result
    }
}
