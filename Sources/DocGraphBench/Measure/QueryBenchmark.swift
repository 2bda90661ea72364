import DocGraphQuery
import DocGraphStore

/// Times benchmark queries through docgraph's whole query path (parse, bind, compile to SQL,
/// run, hydrate the rows), as `docgraph query` runs them.
public enum QueryBenchmark {
    /// Runs each query `warmup` times untimed, then `runs` times timed.
    public static func run(_ queries: [BenchmarkQuery], on store: GraphStore, runs: Int, warmup: Int = 2) throws -> [QueryMeasurement] {
        let engine = QueryEngine(store: store)
        return try queries.map { query in
            var rowCounts: [Int] = []
            for index in 0..<min(warmup, query.parameters.count) {
                rowCounts.append(try engine.run(query.cypher, parameters: parameters(query, index), options: QueryOptions(readOnly: true)).rows.count)
            }
            var seconds: [Double] = []
            for run in 0..<runs {
                let arguments = parameters(query, run)
                var count = 0
                seconds.append(try Stopwatch.seconds {
                    count = try engine.run(query.cypher, parameters: arguments, options: QueryOptions(readOnly: true)).rows.count
                })
                if run >= rowCounts.count && run < query.parameters.count { rowCounts.append(count) }
            }
            return QueryMeasurement(query: query, latency: LatencySummary(seconds: seconds), rowCounts: rowCounts)
        }
    }

    static func parameters(_ query: BenchmarkQuery, _ run: Int) -> [String: CypherValue] {
        guard !query.parameters.isEmpty else { return [:] }
        return query.parameters[run % query.parameters.count].mapValues(CypherValue.string)
    }
}
