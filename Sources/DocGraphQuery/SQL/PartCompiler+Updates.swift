extension PartCompiler {
    mutating func mergeStep(_ merge: MergeClause, _ rows: RowLayout) throws(QueryError) -> (WriteStep, RowLayout) {
        var compiler = PartCompiler(parameters: parameters, counter: counter, unionCount: 1)
        compiler.arguments = SQLArguments(reserved: rows.columns.count)
        var scope = rows.scope
        let pattern = try compiler.compilePattern([merge.part], scope: &scope, anchor: nil)
        counter = compiler.counter
        var columns = rows.columns
        var selected: [String] = []
        var matchColumns: [Int] = []
        for (variable, entry) in scope.entries.sorted(by: { $0.key < $1.key }) where rows.column(for: variable) == nil {
            selected.append(entry.sql)
            matchColumns.append(columns.count)
            columns.append(RowColumn(variable: variable, column: "c\(columns.count)", kind: entry.kind))
        }
        if selected.isEmpty { selected = ["1"] }
        let select = "SELECT " + selected.joined(separator: ", ") + " FROM " + pattern.fromList(after: ["_row"])
            + Self.whereText(pattern.conditions)
        let match = RowEvaluator(sql: Self.rowStatement(rows, ctes: compiler.ctes, select: select), arguments: compiler.arguments.values,
                                 width: rows.columns.count)
        let create = try createActions([merge.part], columns: &columns, bound: Set(rows.columns.map(\.variable)))
        let output = RowLayout(relation: "_row", columns: columns)
        let onCreate = try setActions(merge.onCreate, output)
        let onMatch = try setActions(merge.onMatch, output)
        let plan = MergePlan(match: match, matchColumns: matchColumns.isEmpty ? [] : matchColumns, create: create,
                             onCreate: onCreate, onMatch: onMatch)
        return (.merge(plan), output)
    }

    mutating func setStep(_ items: [SetItem], _ rows: RowLayout) throws(QueryError) -> (WriteStep, RowLayout) {
        (.set(try setActions(items, rows)), rows)
    }

    mutating func setActions(_ items: [SetItem], _ rows: RowLayout) throws(QueryError) -> [SetAction] {
        var actions: [SetAction] = []
        for item in items {
            switch item {
            case .property(let target, let key, let value, _):
                actions.append(.property(evaluator: try rowEvaluator([target, value], rows), key: key))
            case .replaceAll(let variable, let value, _), .mergeAll(let variable, let value, _):
                let target = Expression(.variable(variable.name), variable.range)
                var isMerge = false
                if case .mergeAll = item { isMerge = true }
                actions.append(.properties(evaluator: try rowEvaluator([target, value], rows), merge: isMerge))
            case .labels(let variable, let labels, _):
                let target = Expression(.variable(variable.name), variable.range)
                actions.append(.labels(evaluator: try rowEvaluator([target], rows), labels: labels.map(\.text), add: true))
            }
        }
        return actions
    }

    mutating func removeStep(_ items: [RemoveItem], _ rows: RowLayout) throws(QueryError) -> (WriteStep, RowLayout) {
        var actions: [SetAction] = []
        for item in items {
            switch item {
            case .property(let target, let key, let range):
                actions.append(.property(evaluator: try rowEvaluator([target, Expression(.literal(.null), range)], rows), key: key))
            case .labels(let variable, let labels, _):
                let target = Expression(.variable(variable.name), variable.range)
                actions.append(.labels(evaluator: try rowEvaluator([target], rows), labels: labels.map(\.text), add: false))
            }
        }
        return (.set(actions), rows)
    }

    mutating func deleteStep(_ delete: DeleteClause, _ rows: RowLayout) throws(QueryError) -> (WriteStep, RowLayout) {
        (.delete(evaluator: try rowEvaluator(delete.expressions, rows), detach: delete.detach), rows)
    }
}
