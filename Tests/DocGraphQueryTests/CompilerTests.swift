import DocGraphStore
import Testing
@testable import DocGraphQuery

@Suite struct CompilerTests {
    func compile(_ query: String, _ parameters: [String: CypherValue] = [:]) throws -> CompiledQuery {
        let source = Source(query)
        var binder = Binder(source: source)
        return try SQLCompiler(parameters: parameters).compile(try binder.bind(try Parser.parse(source)))
    }

    @Test func parametersAndLiteralsNeverReachTheSQLText() throws {
        let hostile = "Robert'); DROP TABLE node; --"
        let compiled = try compile("MATCH (n:Person {name: $name})-[:MET]->(m) WHERE m.age > 41 RETURN m.title, 'literal text'",
                                   ["name": .string(hostile)])
        let statement = try #require(compiled.statement)
        for text in [hostile, "Person", "MET", "41", "literal text", "title", "age"] {
            #expect(!statement.sql.contains(text), "\(text) was spliced into the SQL")
        }
        #expect(statement.arguments.contains(.text(hostile)))
        #expect(statement.arguments.contains(.text("Person")))
    }

    @Test func variableLengthBecomesARecursiveQueryThatNeverReusesARelationship() throws {
        let sql = try #require(try compile("MATCH (a)-[:KNOWS*1..3]->(b) RETURN b").statement).sql
        #expect(sql.hasPrefix("WITH RECURSIVE"))
        #expect(sql.contains("UNION ALL"))
        #expect(sql.contains("instr("))
    }

    @Test func writesSplitIntoStages() throws {
        let compiled = try compile("MATCH (a) CREATE (a)-[:R]->(b) RETURN b")
        #expect(compiled.isWriting)
        #expect(compiled.statement == nil)
        #expect(compiled.statements.count == 2)
    }

    @Test func missingParameterIsAnError() {
        #expect(throws: QueryError.self) { try compile("RETURN $missing") }
    }
}
