import Testing
@testable import DocGraphQuery

/// Bounded, deterministic fuzzing of the lexer, parser and binder: mutated queries never
/// crash, and every rejected one gets an error that points into the text.
@Suite struct ParserFuzzTests {
    static let seeds = [
        "MATCH (a:Person {name: 'Ada'})-[r:MET*1..2]->(b) WHERE a.age > 3 AND NOT b:Org RETURN a, count(DISTINCT b) AS n ORDER BY n DESC LIMIT 5",
        "UNWIND [1, 2.5, 'x', null, {k: [true]}] AS v WITH v WHERE v IS NOT NULL RETURN v[0..1], CASE v WHEN 1 THEN 'one' ELSE 'other' END",
        "MERGE (n:N {id: $id}) ON CREATE SET n.created = true SET n += {seen: 1} REMOVE n:Old RETURN n",
        "MATCH p = (a)<-[:R]-(b) OPTIONAL MATCH (b)--(c) RETURN nodes(p), [x IN range(1, 10) WHERE x % 2 = 0 | x ^ 2] UNION ALL RETURN 1, 2",
    ]
    static let pieces = ["(", ")", "[", "]", "{", "}", ",", ".", ":", "'", "\"", "`", "$", "-", "->", "<-", "*", "..", " ", "RETURN",
                         "MATCH", "WHERE", "0x", "1e", "\\u", "/*", "//", "\n", "AS", "WITH", "|", "=", "🧐"]

    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    @Test func mutatedQueriesNeverCrashAndErrorsPointIntoTheText() {
        var generator = Generator(state: 42)
        var rejected = 0
        for round in 0..<3000 {
            var text = Array(Self.seeds[round % Self.seeds.count])
            for _ in 0..<(1 + generator.next(4)) {
                let position = generator.next(text.count + 1)
                switch generator.next(3) {
                case 0 where !text.isEmpty: text.remove(at: min(position, text.count - 1))
                case 1: text.insert(contentsOf: Self.pieces[generator.next(Self.pieces.count)], at: position)
                default: text = Array(text[..<position])
                }
            }
            let query = String(text)
            let source = Source(query)
            do {
                var binder = Binder(source: source)
                _ = try binder.bind(try Parser.parse(source))
            } catch {
                rejected += 1
                let located = source.locate(error)
                #expect(located.position != nil || located.range == nil, "no position for \(query)")
                #expect(!located.message.isEmpty)
            }
        }
        #expect(rejected > 1000)
    }
}
