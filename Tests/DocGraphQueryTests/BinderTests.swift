import DocGraphStore
import Testing
@testable import DocGraphQuery

@Suite struct BinderTests {
    func bind(_ query: String, catalog: GraphCatalog = .empty) throws -> BoundQuery {
        let source = Source(query)
        var binder = Binder(catalog: catalog, source: source)
        return try binder.bind(try Parser.parse(source))
    }

    func code(_ query: String) -> String? {
        do {
            _ = try bind(query)
            return nil
        } catch let error as QueryError {
            return error.code
        } catch {
            return "\(error)"
        }
    }

    @Test func reportsMisusedVariables() {
        #expect(code("MATCH ()-[r]-() MATCH (r) RETURN r") == "VariableTypeConflict")
        #expect(code("WITH 1 AS n MATCH (n) RETURN n") == "VariableTypeConflict")
        #expect(code("MATCH (a) CREATE (a:Label)") == "VariableAlreadyBound")
        #expect(code("RETURN x") == "UndefinedVariable")
        #expect(code("RETURN 1 AS a, 2 AS a") == "ColumnNameConflict")
        #expect(code("MATCH (n) WITH n.name RETURN 1") == "NoExpressionAlias")
        #expect(code("MATCH (n) WHERE count(n) > 1 RETURN n") == "InvalidAggregation")
        #expect(code("RETURN count(count(1))") == "NestedAggregation")
        #expect(code("MATCH (n) RETURN n.x + count(*)") == "AmbiguousAggregationExpression")
        #expect(code("RETURN 1 LIMIT -1") == "NegativeIntegerArgument")
        #expect(code("CREATE (a)-[:R|S]->(b)") == "NoSingleRelationshipType")
        #expect(code("CREATE (a)-[:R]-(b)") == "RequiresDirectedRelationship")
        #expect(code("RETURN nosuch(1)") == "UnknownFunction")
        #expect(code("MATCH (n) RETURN n") == nil)
    }

    @Test func knowsWhetherAQueryWrites() throws {
        #expect(try bind("MATCH (n) RETURN n").isWriting == false)
        #expect(try bind("MATCH (n) SET n.x = 1").isWriting)
        #expect(try bind("MATCH (n) RETURN n.name AS name, n").columns == ["name", "n"])
    }

    @Test func warnsAboutUnknownNamesListingTheKnownOnes() throws {
        let catalog = GraphCatalog(labels: ["Person", "Meeting"], relationshipTypes: ["ATTENDED"], propertyKeys: ["name"], hasData: true)
        let bound = try bind("MATCH (p:Persn)-[:ATENDED]->(m) WHERE p.nmae = 'x' RETURN m", catalog: catalog)
        let source = Source("MATCH (p:Persn)-[:ATENDED]->(m) WHERE p.nmae = 'x' RETURN m")
        #expect(bound.warnings.map { source.locate($0).description } == [
            "warning: line 1, column 10: no node has the label Persn; known labels: Meeting, Person\n"
                + "  MATCH (p:Persn)-[:ATENDED]->(m) WHERE p.nmae = 'x' RETURN m\n           ^",
            "warning: line 1, column 19: no relationship has the type ATENDED; known types: ATTENDED\n"
                + "  MATCH (p:Persn)-[:ATENDED]->(m) WHERE p.nmae = 'x' RETURN m\n                    ^",
            "warning: line 1, column 39: no node or relationship has the property nmae; known properties: name\n"
                + "  MATCH (p:Persn)-[:ATENDED]->(m) WHERE p.nmae = 'x' RETURN m\n                                        ^",
        ])
    }
}
