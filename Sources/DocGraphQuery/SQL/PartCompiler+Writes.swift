extension PartCompiler {
    /// Ends the current statement with a SELECT of every variable, then compiles a write
    /// clause over those rows; the next statement reads the rows the write produced.
    mutating func compileWrite(_ build: (inout PartCompiler, RowLayout) throws(QueryError) -> (WriteStep, RowLayout)) throws(QueryError) {
        let relation = layout.relation
        var selected = layout.columns.enumerated().map { "\(relation).\($1.column) AS c\($0)" }
        if selected.isEmpty { selected = ["NULL AS c0"] }
        var select = "SELECT " + selected.joined(separator: ", ") + " FROM \(relation)"
        if let order = layout.orderColumn { select += " ORDER BY \(relation).\(order)" }
        let rows = RowLayout(relation: "_row", columns: layout.columns.enumerated().map {
            RowColumn(variable: $1.variable, column: "c\($0)", kind: $1.kind)
        })
        stages.append(.select(statement(select), layout: rows, input: pendingInput))
        let (step, output) = try build(&self, rows)
        stages.append(.write(step, output: output))
        let table = name("_t")
        pendingInput = RowLayout(relation: table, columns: output.columns)
        layout = RowLayout(relation: table, columns: output.columns)
        ctes = []
        arguments = SQLArguments()
    }

    /// Expressions evaluated on one row in memory (its values bound as `?1` ...).
    mutating func rowEvaluator(_ expressions: [Expression], _ rows: RowLayout) throws(QueryError) -> RowEvaluator {
        var compiler = PartCompiler(parameters: parameters, counter: counter, unionCount: 1)
        compiler.arguments = SQLArguments(reserved: rows.columns.count)
        let scope = rows.scope
        var values: [String] = []
        for expression in expressions { values.append(try compiler.expression(expression, scope)) }
        counter = compiler.counter
        return RowEvaluator(sql: Self.rowStatement(rows, ctes: compiler.ctes, select: "SELECT " + values.joined(separator: ", ") + " FROM _row"),
                            arguments: compiler.arguments.values, width: rows.columns.count)
    }

    static func rowStatement(_ rows: RowLayout, ctes: [String], select: String) -> String {
        let row = rows.columns.isEmpty ? "SELECT 1 AS _one"
            : "SELECT " + rows.columns.indices.map { "?\($0 + 1) AS c\($0)" }.joined(separator: ", ")
        return "WITH RECURSIVE " + (["_row AS (\(row))"] + ctes).joined(separator: ",\n") + "\n" + select
    }

    mutating func createStep(_ pattern: Pattern, _ rows: RowLayout) throws(QueryError) -> (WriteStep, RowLayout) {
        var columns = rows.columns
        let actions = try createActions(pattern.parts, columns: &columns, bound: Set(rows.columns.map(\.variable)))
        return (.create(actions), RowLayout(relation: "_row", columns: columns))
    }

    /// The actions creating a pattern; `bound` names the variables that already hold elements.
    mutating func createActions(_ parts: [PatternPart], columns: inout [RowColumn], bound: Set<String>) throws(QueryError) -> [CreateAction] {
        var actions: [CreateAction] = []
        func slot(_ variable: String?, _ kind: ColumnKind, _ columns: inout [RowColumn], _ counter: inout Int) -> Int {
            if let variable, let index = columns.firstIndex(where: { $0.variable == variable }) { return index }
            counter += 1
            columns.append(RowColumn(variable: variable ?? " anonymous\(counter)", column: "c\(columns.count)", kind: kind))
            return columns.count - 1
        }
        for part in parts {
            var elements: [Int] = []
            for (index, node) in part.element.nodes.enumerated() {
                if index > 0 {
                    let step = part.element.steps[index - 1]
                    elements.append(slot(step.relationship.variable?.name, .relationship, &columns, &counter))
                }
                let column = slot(node.variable?.name, .node, &columns, &counter)
                elements.append(column)
                if let variable = node.variable, bound.contains(variable.name) || Self.isCreated(column, actions) { continue }
                let properties = try node.properties.map { (map: Expression) throws(QueryError) in
                    try rowEvaluator([map], RowLayout(relation: "_row", columns: columns))
                }
                actions.append(.node(column: column, labels: node.labels.map(\.text), properties: properties))
            }
            for (index, step) in part.element.steps.enumerated() {
                let relationship = step.relationship
                let left = elements[index * 2], column = elements[index * 2 + 1], right = elements[index * 2 + 2]
                let properties = try relationship.properties.map { (map: Expression) throws(QueryError) in
                    try rowEvaluator([map], RowLayout(relation: "_row", columns: columns))
                }
                let outgoing = relationship.direction != .incoming
                actions.append(.relationship(column: column, type: relationship.types.first?.text ?? "", from: outgoing ? left : right,
                                             to: outgoing ? right : left, properties: properties))
            }
            if let path = part.pathVariable {
                let column = slot(path.name, .value, &columns, &counter)
                actions.append(.path(column: column, elements: elements))
            }
        }
        return actions
    }

    static func isCreated(_ column: Int, _ actions: [CreateAction]) -> Bool {
        actions.contains {
            if case .node(let created, _, _) = $0 { return created == column }
            return false
        }
    }
}
