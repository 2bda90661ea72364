import DocGraphStore
import Testing
@testable import DocGraphQuery

@Suite struct EngineTests {
    func engine() throws -> QueryEngine {
        QueryEngine(store: try GraphStore.inMemory())
    }

    func values(_ result: QueryResult) -> [[String]] {
        result.rows.map { $0.map(CypherLiteralFormat.format) }
    }

    @Test func readOnlyRefusesWritesAndChangesNothing() throws {
        let engine = try engine()
        do {
            _ = try engine.run("CREATE (:Person {name: 'Ada'})", options: QueryOptions(readOnly: true))
            Issue.record("a write ran under --read-only")
        } catch let error as QueryError {
            #expect(error.description == """
                line 1, column 1: this query changes the graph (CREATE, MERGE, SET, REMOVE or DELETE) but writes are refused by --read-only
                  CREATE (:Person {name: 'Ada'})
                  ^
                """)
        }
        #expect(try engine.run("MATCH (n) RETURN count(n) AS n").rows == [[.integer(0)]])
        #expect(try engine.run("MATCH (n) RETURN count(n) AS n", options: QueryOptions(readOnly: true)).rows == [[.integer(0)]])
    }

    @Test func pathsVariableLengthAndUnion() throws {
        let engine = try engine()
        _ = try engine.run("CREATE (:A {name: 'a'})-[:R]->(:B {name: 'b'})-[:R]->(:C {name: 'c'})")
        let paths = try engine.run("MATCH p = (a:A)-[:R*1..2]->(x) RETURN x.name AS x, length(p) AS hops, [n IN nodes(p) | n.name] AS names ORDER BY hops")
        #expect(values(paths) == [["'b'", "1", "['a', 'b']"], ["'c'", "2", "['a', 'b', 'c']"]])
        let union = try engine.run("MATCH (n:A) RETURN n.name AS name UNION MATCH (n:C) RETURN n.name AS name UNION RETURN 'a' AS name")
        #expect(Set(values(union).map { $0[0] }) == ["'a'", "'c'"])
    }

    @Test func listAndMapLiteralsHoldVariablesAsWellAsConstants() throws {
        let result = try engine().run("WITH 'a' AS x RETURN [x, 1] AS list, [1, 2] AS constant, {k: x} AS map, {k: 1} AS fixed")
        #expect(values(result) == [["['a', 1]", "[1, 2]", "{k: 'a'}", "{k: 1}"]])
    }

    @Test func fullTextSearchFindsCuratedNodes() throws {
        let engine = try engine()
        _ = try engine.run("CREATE (:Organisation {name: 'Mobile Technology Board'}), (:Organisation {name: 'Parish Council'})")
        let hits = try engine.run("CALL docgraph.search('mobile technology') YIELD node, score RETURN node.name AS name")
        #expect(values(hits) == [["'Mobile Technology Board'"]])
    }

    @Test func explainShowsTheSQLAndSQLitesPlan() throws {
        let result = try engine().run("EXPLAIN MATCH (n:Person) RETURN n.name")
        let text = try #require(result.explanation)
        #expect(text.contains("WITH RECURSIVE"))
        #expect(text.contains("-- plan:"))
        #expect(text.contains("'Person'"))
    }

    @Test func curationMarksCreatedElementsAndKeepsTheOverlay() throws {
        let store = try GraphStore.inMemory()
        let engine = QueryEngine(store: store)
        _ = try engine.run("CREATE (:Person {name: 'Ada', role: 'chair'})-[:ATTENDED]->(:Meeting {title: 'Board'})")
        _ = try engine.run("MATCH (p:Person) SET p.name = 'Ada Lovelace' REMOVE p.role")
        let rows = try store.withSession(writing: false) { session in
            try session.rows("SELECT origin, properties, curated FROM node WHERE labels = '[\"Person\"]'").rows
        }
        #expect(rows == [[.text("curated"), .text("{\"name\":\"Ada Lovelace\"}"), .text("{\"name\":\"Ada Lovelace\",\"role\":null}")]])
        let origins = try store.withSession(writing: false) { session in try session.rows("SELECT origin FROM relationship").rows }
        #expect(origins == [[.text("curated")]])
    }

    @Test func deletingAnExtractedNodeLeavesATombstone() throws {
        let store = try GraphStore.inMemory()
        try store.withSession(writing: true) { session in
            try session.execute("""
                INSERT INTO node (id, labels, key, properties, fingerprint, origin) VALUES
                (1, '["Person"]', 'Person|ada', '{"name":"Ada"}', 'Person|ada', 'extracted');
                INSERT INTO node_label (label, node_id) VALUES ('Person', 1);
                """)
        }
        let engine = QueryEngine(store: store)
        _ = try engine.run("MATCH (p:Person {name: 'Ada'}) DETACH DELETE p")
        let tombstones = try store.withSession(writing: false) { session in
            try session.rows("SELECT fingerprint, kind FROM tombstone").rows
        }
        #expect(tombstones == [[.text("Person|ada"), .text("node")]])
        #expect(try engine.run("MATCH (n) RETURN count(*) AS n").rows == [[.integer(0)]])
    }

    @Test func deleteWithoutDetachExplainsWhatToDo() throws {
        let engine = try engine()
        _ = try engine.run("CREATE (:A)-[:R]->(:B)")
        #expect(throws: QueryError.self) { try engine.run("MATCH (a:A) DELETE a") }
        #expect(try engine.run("MATCH (n) RETURN count(n) AS n").rows == [[.integer(2)]])
    }
}
