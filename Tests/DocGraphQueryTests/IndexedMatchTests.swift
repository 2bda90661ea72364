import DocGraphStore
import Testing
@testable import DocGraphQuery

/// Matches that name a node by a property seek through the store's expression indexes, and
/// variable-length walks start only from the nodes the pattern can match; results stay those of
/// Cypher's equality.
@Suite struct IndexedMatchTests {
    func engine() throws -> QueryEngine {
        let engine = QueryEngine(store: try GraphStore.inMemory())
        _ = try engine.run("""
            CREATE (c:Commitment {text: 'Open a station'}), (d:Commitment {text: 'Hire staff'}),
                   (u1:Update {text: 'Work began'})-[:FOLLOWS_UP]->(c), (u2:Update {text: 'Doors opened'})-[:FOLLOWS_UP]->(u1),
                   (u3:Update {text: 'Staff hired'})-[:FOLLOWS_UP]->(d),
                   (:Person {name: 'Ada'}), (:Person {name: 1}), (:Person {name: ['Ada']}), (:Organisation {name: 'Ada'})
            """)
        return engine
    }

    @Test func lookupsByNameAndTextSeekTheirIndexes() throws {
        let engine = try engine()
        let byName = try #require(try engine.run("EXPLAIN MATCH (p:Person {name: $name}) RETURN p", parameters: ["name": .string("Ada")]).explanation)
        #expect(byName.contains("USING INDEX node_name"))
        let byText = try #require(try engine.run("EXPLAIN MATCH (c:Commitment {text: 'Hire staff'}) RETURN c").explanation)
        #expect(byText.contains("USING INDEX node_text"))
    }

    @Test func lookupsKeepCypherEquality() throws {
        let engine = try engine()
        #expect(try engine.run("MATCH (p:Person {name: 'Ada'}) RETURN count(*)").rows == [[.integer(1)]])
        #expect(try engine.run("MATCH (p:Person {name: 1}) RETURN count(*)").rows == [[.integer(1)]])
        #expect(try engine.run("MATCH (p:Person {name: $n}) RETURN count(*)", parameters: ["n": .string("1")]).rows == [[.integer(0)]])
        #expect(try engine.run("MATCH (p:Person {name: ['Ada']}) RETURN count(*)").rows == [[.integer(1)]])
        #expect(try engine.run("MATCH (p {name: 'Ada'}) RETURN count(*)").rows == [[.integer(2)]])
    }

    @Test func variableLengthWalksOnlyFromTheNamedNode() throws {
        let engine = try engine()
        let chain = try engine.run("MATCH (c:Commitment {text: $text})<-[:FOLLOWS_UP*1..5]-(u:Update) RETURN u.text ORDER BY u.text",
                                   parameters: ["text": .string("Open a station")])
        #expect(chain.rows == [[.string("Doors opened")], [.string("Work began")]])
        let plan = try #require(try engine.run("EXPLAIN MATCH (c:Commitment {text: 'Open a station'})<-[:FOLLOWS_UP*1..5]-(u) RETURN u").explanation)
        #expect(plan.contains("USING INDEX node_text"))
        let all = try engine.run("MATCH (c:Commitment)<-[:FOLLOWS_UP*1..5]-(u:Update) RETURN count(*)")
        #expect(all.rows == [[.integer(3)]])
    }

    @Test func warningsComeFromEveryKeyNotASample() throws {
        let engine = QueryEngine(store: try GraphStore.inMemory())
        // The key is only on a node past the ones the sampled catalog reads.
        _ = try engine.run("UNWIND range(1, 30) AS i CREATE (:Person {name: 'p' + toString(i)})")
        _ = try engine.run("CREATE (:Person {name: 'late', nickname: 'L'})")
        #expect(try engine.run("MATCH (p:Person) WHERE p.nickname = 'L' RETURN p.name").warnings.isEmpty)
        let typo = try engine.run("MATCH (p:Person) WHERE p.nicknme = 'L' RETURN p.name")
        #expect(typo.warnings.map(\.message) == ["no node or relationship has the property nicknme; known properties: name, nickname"])
    }
}
