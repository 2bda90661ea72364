import DocGraphQuery
import DocGraphStore

/// Runs one TCK scenario on a fresh in-memory store; returns nil when it passes, else why not.
struct TCKRunner {
    func run(_ scenario: TCKScenario) -> String? {
        do {
            return try execute(scenario)
        } catch {
            return "harness: \(error)"
        }
    }

    func execute(_ scenario: TCKScenario) throws -> String? {
        var engine = QueryEngine(store: try GraphStore.inMemory())
        var parameters: [String: CypherValue] = [:]
        var outcome: Result<QueryResult, any Error>?
        var before: TCKGraphState?
        var after: TCKGraphState?
        for step in scenario.steps {
            let text = step.text
            if text.hasSuffix("an empty graph") || text.hasSuffix("any graph") {
                engine = QueryEngine(store: try GraphStore.inMemory())
            } else if text.contains("having executed") {
                do {
                    _ = try engine.run(step.docString ?? "")
                } catch {
                    return "setup query failed: \(error)"
                }
            } else if text.contains("parameters are") {
                for row in step.table where row.count == 2 {
                    guard let value = TCKValueParser.parse(row[1]) else { return "cannot read parameter \(row[1])" }
                    parameters[row[0]] = value.cypherValue
                }
            } else if text.contains("executing control query") {
                outcome = Result { try engine.run(step.docString ?? "", parameters: parameters) }
            } else if text.contains("executing query") {
                before = try TCKGraphState(engine)
                outcome = Result { try engine.run(step.docString ?? "", parameters: parameters) }
                after = try TCKGraphState(engine)
            } else if text.contains("should be raised") {
                guard case .failure(let error)? = outcome else { return "expected an error (\(text)) but the query succeeded" }
                if text.contains("at compile time"), let queryError = error as? QueryError, queryError.phase == .runtime {
                    return "expected a compile-time error but got a runtime error: \(queryError.message)"
                }
            } else if text.contains("the result should be empty") {
                let result = try outcome?.get()
                if let rows = result?.rows, !rows.isEmpty { return "expected no rows, got \(rows.count)" }
            } else if text.contains("the result should be") {
                guard let result = try outcome?.get() else { return "no result" }
                if let failure = compare(result, step.table, ordered: text.contains("in order"),
                                         unorderedLists: text.contains("ignoring element order for lists")) {
                    return failure
                }
            } else if text.contains("no side effects") || text.contains("side effects should be") {
                if case .failure(let error)? = outcome { return "query failed: \(error)" }
                guard let before, let after else { continue }
                let effects = after.effects(since: before)
                var expected: [String: Int] = [:]
                for row in step.table where row.count == 2 { expected[row[0]] = Int(row[1]) ?? 0 }
                for (key, count) in effects where count != (expected[key] ?? 0) {
                    return "side effect \(key): expected \(expected[key] ?? 0), got \(count)"
                }
            }
        }
        if case .failure(let error)? = outcome, !scenario.steps.contains(where: { $0.text.contains("should be raised") }) {
            return "query failed: \(error)"
        }
        return nil
    }

    func compare(_ result: QueryResult, _ table: [[String]], ordered: Bool, unorderedLists: Bool) -> String? {
        guard let header = table.first else { return "no header" }
        if header != result.columns { return "columns \(result.columns) instead of \(header)" }
        var expected: [[TCKValue]] = []
        for row in table.dropFirst() {
            var values: [TCKValue] = []
            for cell in row {
                guard let value = TCKValueParser.parse(cell) else { return "cannot read expected value \(cell)" }
                values.append(value)
            }
            expected.append(values)
        }
        guard expected.count == result.rows.count else {
            return "expected \(expected.count) rows, got \(result.rows.count): \(result.rows.map { $0.map(CypherLiteralFormat.format) })"
        }
        func same(_ a: [TCKValue], _ b: [CypherValue]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { $0.matches($1, unorderedLists: unorderedLists) }
        }
        if ordered {
            for (index, row) in expected.enumerated() where !same(row, result.rows[index]) {
                return "row \(index + 1) is \(result.rows[index].map(CypherLiteralFormat.format)), expected \(table[index + 1])"
            }
            return nil
        }
        var remaining = result.rows
        for row in expected {
            guard let index = remaining.firstIndex(where: { same(row, $0) }) else {
                return "missing row \(row); got \(result.rows.map { $0.map(CypherLiteralFormat.format) })"
            }
            remaining.remove(at: index)
        }
        return nil
    }
}
