import DocGraphStore
import Testing
@testable import DocGraphQuery

@Suite struct ParserErrorTests {
    func message(_ query: String) throws -> String {
        let engine = QueryEngine(store: try GraphStore.inMemory())
        do {
            _ = try engine.run(query)
        } catch let error as QueryError {
            return error.description
        }
        return "no error"
    }

    @Test func missingParenthesisSaysWhatWasExpected() throws {
        #expect(try message("MATCH (n RETURN n") == """
            line 1, column 10: expected ')' but found 'RETURN'
              MATCH (n RETURN n
                       ^
            """)
    }

    @Test func undefinedVariableOnALaterLine() throws {
        #expect(try message("MATCH (n)\nRETURN m") == """
            line 2, column 8: the variable m is not defined; defined here: n
              RETURN m
                     ^
            """)
    }

    @Test func columnsCountUnicodeScalars() throws {
        #expect(try message("RETURN '🧐' + )") == """
            line 1, column 14: expected an expression but found ')'
              RETURN '🧐' + )
                           ^
            """)
    }

    @Test func badNumberLiteral() throws {
        #expect(try message("RETURN 0x1Z AS n") == """
            line 1, column 8: invalid number literal '0x1Z'
              RETURN 0x1Z AS n
                     ^
            """)
    }

    @Test func parsesEveryClauseKind() throws {
        let statement = try Parser.parse(Source("""
            EXPLAIN MATCH (a:A:B {k: 1})-[r:T|U*1..3]->(b) OPTIONAL MATCH p = (b)<-[]-(c)
            WITH a, count(DISTINCT b) AS n ORDER BY n DESC SKIP 1 LIMIT 2 WHERE n > 0
            UNWIND [1, 2][0..1] AS x MERGE (d:D {x: x}) ON CREATE SET d.new = true ON MATCH SET d += {seen: 1}
            SET d:E REMOVE d.old DETACH DELETE a
            RETURN CASE WHEN x IS NULL THEN 'none' ELSE toString(x) END AS label, [y IN range(1, 3) WHERE y > 1 | y * 2]
            UNION ALL
            CALL docgraph.search('text') YIELD node, score RETURN node AS label, score AS y
            """))
        #expect(statement.explain)
        #expect(statement.query.parts.count == 2)
        #expect(statement.query.parts[0].clauses.count == 9)
    }
}
