import DocGraphBench
import DocGraphKit
import Testing

@Suite struct GraphGeneratorTests {
    static func relationships(of generator: GraphGenerator) -> [GeneratedRelationship] {
        var all: [GeneratedRelationship] = []
        generator.forEachRelationshipBatch(size: 333) { all += $0 }
        return all
    }

    @Test func makesExactlyTheShapesCounts() throws {
        let generator = GraphGenerator(shape: try GraphShape(nodes: 1_000, relationships: 5_000), seed: 1)
        var nodes: [GeneratedNode] = []
        generator.forEachNodeBatch(size: 128) { nodes += $0 }
        #expect(nodes.count == 1_000)
        #expect(nodes.map(\.number) == Array(0..<1_000))
        #expect(Set(nodes.map(\.label)) == Set(GraphShape.labels))
        let relationships = Self.relationships(of: generator)
        #expect(relationships.count == 5_000)
        #expect(relationships.filter { $0.type == GraphVocabulary.holdsRole }.count == generator.shape.people)
        #expect(relationships.filter { $0.type == GraphVocabulary.followsUp }.count == generator.shape.updates)
    }

    @Test func everyNodeButDocumentsIsMentionedAndEndsHaveTheSchemasLabels() throws {
        let generator = GraphGenerator(shape: try GraphShape(nodes: 1_000, relationships: 5_000), seed: 2)
        let shape = generator.shape
        let relationships = Self.relationships(of: generator)
        let mentioned = Set(relationships.filter { $0.type == GraphVocabulary.mentionedIn }.map(\.from))
        #expect(mentioned == Set(shape.documents..<shape.nodes))
        for relationship in relationships {
            let from = shape.label(of: relationship.from)
            let to = shape.label(of: relationship.to)
            switch relationship.type {
            case GraphVocabulary.mentionedIn: #expect(to == GraphVocabulary.document)
            case GraphVocabulary.holdsRole: #expect(from == GraphVocabulary.person && to == GraphVocabulary.organisation)
            case GraphVocabulary.attended: #expect(to == GraphVocabulary.meeting && from != GraphVocabulary.meeting)
            default:
                #expect(from == GraphVocabulary.update)
                #expect(to == GraphVocabulary.commitment || to == GraphVocabulary.update)
            }
        }
    }

    @Test func sameSeedSameGraph() throws {
        let shape = try GraphShape(nodes: 500, relationships: 2_000)
        #expect(Self.relationships(of: GraphGenerator(shape: shape, seed: 5)) == Self.relationships(of: GraphGenerator(shape: shape, seed: 5)))
        #expect(GraphGenerator(shape: shape, seed: 5).node(300) == GraphGenerator(shape: shape, seed: 5).node(300))
    }

    @Test func refusesShapesTooSmall() {
        #expect(throws: BenchError("--nodes must be at least 100")) { try GraphShape(nodes: 10, relationships: 100) }
        #expect(throws: BenchError(
            "--relationships must be at least 1650 for 1000 nodes (a role per person, a follow-up per update, an attendee per meeting and a mention per node)")) {
            try GraphShape(nodes: 1_000, relationships: 1_000)
        }
    }
}
