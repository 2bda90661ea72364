import DocGraphStore
import Testing
@testable import DocGraphQuery

/// Label checks every relationship of a type already passes are left out, and put back when
/// the graph changes, even between compiling and running.
@Suite struct ImpliedLabelTests {
    @Test func aLabelEveryRelationshipEndsAtIsNotCheckedUntilOneDoesNot() throws {
        let engine = QueryEngine(store: try GraphStore.inMemory())
        _ = try engine.run("""
            CREATE (a:Organisation {name: 'Council'}), (m:Meeting {title: 'one'}), (n:Meeting {title: 'two'}),
                   (a)-[:ATTENDED]->(m), (a)-[:ATTENDED]->(n)
            """)
        let query = "MATCH (o:Organisation)-[:ATTENDED]->(m:Meeting) RETURN count(m)"
        let implied = try #require(try engine.run("EXPLAIN " + query).explanation)
        #expect(!implied.contains("'Meeting'"))
        #expect(try engine.run(query).rows == [[.integer(2)]])
        // Compiled while every ATTENDED ends at a Meeting, run after one does not.
        let (_, compiled) = try engine.prepare(Source(query))
        #expect(compiled.assumed == [RelationshipEnd(type: "ATTENDED", side: .end, label: "Meeting")])
        _ = try engine.run("MATCH (a:Organisation) CREATE (a)-[:ATTENDED]->(:Place {name: 'Hall'})")
        #expect(try engine.execute(compiled) == nil)
        #expect(try engine.run(query).rows == [[.integer(2)]])
        let checked = try #require(try engine.run("EXPLAIN " + query).explanation)
        #expect(checked.contains("'Meeting'"))
        _ = try engine.run("MATCH (p:Place) DETACH DELETE p")
        #expect(try engine.run("EXPLAIN " + query).explanation?.contains("'Meeting'") == false)
    }
}
