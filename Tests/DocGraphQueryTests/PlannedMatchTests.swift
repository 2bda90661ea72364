import DocGraphStore
import Testing
@testable import DocGraphQuery

/// The shapes the compiler gives SQLite for speed (labels checked rather than joined, far ends
/// read from the relationship, walks read after their start, counts grouped per entity first)
/// return the rows plain Cypher semantics give.
@Suite struct PlannedMatchTests {
    func engine() throws -> QueryEngine {
        let engine = QueryEngine(store: try GraphStore.inMemory())
        _ = try engine.run("""
            CREATE (a:Organisation {name: 'Council'}), (b:Organisation {name: 'Council'}), (c:Organisation {name: 'Trust'}),
                   (d:Organisation {name: 'Idle'}),
                   (m1:Meeting {title: 'one'}), (m2:Meeting {title: 'two'}), (m3:Meeting {title: 'three'}), (p:Place {name: 'Hall'}),
                   (a)-[:ATTENDED]->(m1), (a)-[:ATTENDED]->(m2), (b)-[:ATTENDED]->(m3), (c)-[:ATTENDED]->(m1),
                   (c)-[:ATTENDED]->(p), (a)-[:HOSTED]->(m3)
            """)
        return engine
    }

    @Test func countsPerPropertyAddUpAcrossNodesOfTheSameValue() throws {
        let engine = try engine()
        let query = "MATCH (o:Organisation)-[:ATTENDED]->(m:Meeting) RETURN o.name AS name, count(m) AS meetings ORDER BY name"
        #expect(try engine.run(query).rows == [[.string("Council"), .integer(3)], [.string("Trust"), .integer(1)]])
        let sql = try #require(try engine.run("EXPLAIN " + query).explanation)
        #expect(sql.contains("GROUP BY 1)"))
        let perName = try engine.run("MATCH (o:Organisation)-[:ATTENDED]->(m:Meeting) RETURN o.name AS name, count(*) AS n ORDER BY n DESC, name")
        #expect(perName.rows == [[.string("Council"), .integer(3)], [.string("Trust"), .integer(1)]])
        let byNode = try engine.run("MATCH (o:Organisation)-[:ATTENDED]->(m:Meeting) RETURN o, count(m) AS n ORDER BY n DESC")
        #expect(byNode.rows.map { $0[1] } == [.integer(2), .integer(1), .integer(1)])
    }

    @Test func otherAggregatesAndMissingMatchesKeepTheirMeaning() throws {
        let engine = try engine()
        let collected = try engine.run("""
            MATCH (o:Organisation)-[:ATTENDED]->(m:Meeting) RETURN o.name AS name, count(m) AS n, collect(m.title) AS titles ORDER BY name
            """)
        #expect(collected.rows.map { [$0[0], $0[1]] } == [[.string("Council"), .integer(3)], [.string("Trust"), .integer(1)]])
        let optional = try engine.run("""
            MATCH (o:Organisation) OPTIONAL MATCH (o)-[:ATTENDED]->(m:Meeting) RETURN o.name AS name, count(m) AS n ORDER BY name
            """)
        #expect(optional.rows == [[.string("Council"), .integer(3)], [.string("Idle"), .integer(0)], [.string("Trust"), .integer(1)]])
        let nullKey = try engine.run("""
            MATCH (m:Meeting) OPTIONAL MATCH (o:Organisation {name: 'Trust'})-[:ATTENDED]->(m) RETURN o.name AS name, count(*) AS n ORDER BY name
            """)
        #expect(nullKey.rows == [[.string("Trust"), .integer(1)], [.null, .integer(2)]])
        let distinct = try engine.run("MATCH (o:Organisation)-[:ATTENDED]->(m:Meeting) RETURN count(DISTINCT o) AS n")
        #expect(distinct.rows == [[.integer(3)]])
    }

    @Test func aFarEndIsCheckedForItsLabelsAndType() throws {
        let engine = try engine()
        #expect(try engine.run("MATCH (:Organisation {name: 'Trust'})-[:ATTENDED]->(x) RETURN count(x)").rows == [[.integer(2)]])
        #expect(try engine.run("MATCH (:Organisation {name: 'Trust'})-[:ATTENDED]->(x:Meeting) RETURN count(x)").rows == [[.integer(1)]])
        #expect(try engine.run("MATCH (m:Meeting)<-[:ATTENDED]-(o) RETURN count(o)").rows == [[.integer(4)]])
        #expect(try engine.run("MATCH (m:Meeting {title: 'three'})<-[r]-(o:Organisation) RETURN type(r) ORDER BY type(r)").rows
                == [[.string("ATTENDED")], [.string("HOSTED")]])
        let met = try engine.run("""
            MATCH (a:Organisation {name: 'Trust'})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Organisation) RETURN b.name, m.title
            """)
        #expect(met.rows == [[.string("Council"), .string("one")]])
    }

    @Test func sortedAndCutRowsKeepCypherOrder() throws {
        let engine = QueryEngine(store: try GraphStore.inMemory())
        _ = try engine.run("UNWIND [3, 1, 'b', null, 2.5, 'a', 1] AS v CREATE (:Item {v: v})")
        let query = "MATCH (i:Item) RETURN i.v AS v ORDER BY v SKIP 1 LIMIT 4"
        #expect(try engine.run(query).rows == [[.string("b")], [.integer(1)], [.integer(1)], [.float(2.5)]])
        #expect(try engine.run("MATCH (i:Item) RETURN i.v AS v ORDER BY v DESC LIMIT 2").rows == [[.null], [.integer(3)]])
        let sql = try #require(try engine.run("EXPLAIN " + query).explanation)
        #expect(sql.contains("ORDER BY _k") && sql.contains("LIMIT cy_rowcount"))
        let counts = try engine.run("MATCH (i:Item) RETURN i.v AS v, count(*) AS n ORDER BY n DESC, v LIMIT 2")
        #expect(counts.rows == [[.integer(1), .integer(2)], [.string("a"), .integer(1)]])
    }

    @Test func aWalkFromANamedNodeIsReadAfterIt() throws {
        let engine = QueryEngine(store: try GraphStore.inMemory())
        _ = try engine.run("""
            CREATE (c:Commitment {text: 'Open a station'}), (u1:Update {text: 'Work began'})-[:FOLLOWS_UP]->(c),
                   (u2:Update {text: 'Doors opened'})-[:FOLLOWS_UP]->(u1), (n:Note {text: 'Aside'})-[:FOLLOWS_UP]->(u1)
            """)
        let query = "MATCH (c:Commitment {text: 'Open a station'})<-[:FOLLOWS_UP*1..5]-(u:Update) RETURN u.text ORDER BY u.text"
        #expect(try engine.run(query).rows == [[.string("Doors opened")], [.string("Work began")]])
        let sql = try #require(try engine.run("EXPLAIN " + query).explanation)
        #expect(sql.contains(" CROSS JOIN w"))
        let unnamed = try engine.run("MATCH (c:Commitment)<-[:FOLLOWS_UP*2]-(u) RETURN labels(u)[0]  AS label ORDER BY label")
        #expect(unnamed.rows == [[.string("Note")], [.string("Update")]])
    }
}
