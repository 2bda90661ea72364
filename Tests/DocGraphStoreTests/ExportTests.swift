import DocGraphKit
import DocGraphStore
import DocGraphTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct ExportTests {
    @Test func jsonLinesRoundTripsThroughImport() throws {
        let store = try ExportFixtures.store()
        let lines = try ExportFixtures.lines { try JSONLinesExporter().export(store, emit: $0) }
        let copy = try GraphStore.inMemory()
        let counts = try copy.importJSONLines(lines)
        let original = try store.statistics()
        #expect(counts.nodes == original.nodes)
        #expect(counts.relationships == original.relationships)
        #expect(try copy.statistics().nodesByLabel == original.nodesByLabel)
        #expect(try copy.statistics().relationshipsByType == original.relationshipsByType)
        let properties = { (store: GraphStore) in try store.snapshot().nodes.map { Self.canonical($0.properties) }.sorted() }
        #expect(try properties(copy) == properties(store))
        let relationshipProperties = { (store: GraphStore) in
            try store.snapshot().relationships.map { Self.canonical($0.properties) }.sorted()
        }
        #expect(try relationshipProperties(copy) == relationshipProperties(store))
    }

    static func canonical(_ properties: Properties) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(properties)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test func importRefusesABadLineAndWritesNothing() throws {
        let copy = try GraphStore.inMemory()
        let lines = [#"{"type":"node","id":"1","labels":["Person"],"properties":{}}"#, "{not json"]
        #expect(throws: JSONLinesImportError(line: 2, reason: "not a node or relationship object of the JSON-lines export")) {
            try copy.importJSONLines(lines)
        }
        #expect(try copy.statistics().nodes == 0)
        let dangling = [#"{"type":"relationship","id":"r1","label":"X","start":{"id":"1","labels":[]},"end":{"id":"2","labels":[]},"properties":{}}"#]
        #expect(throws: JSONLinesImportError(line: 1, reason: "the relationship refers to a node not defined before it")) {
            try copy.importJSONLines(dangling)
        }
    }

    @Test func importNeedsAnEmptyStore() throws {
        let store = try ExportFixtures.store()
        #expect(throws: StoreError.invalid(message: "import needs an empty store; this one holds 6 nodes")) {
            try store.importJSONLines([String]())
        }
    }

    @Test func graphMLIsWellFormedWithDeclaredKeys() throws {
        let store = try ExportFixtures.store()
        let xml = try ExportFixtures.lines { try GraphMLExporter().export(try store.snapshot(), emit: $0) }.joined(separator: "\n")
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = GraphMLCollector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.nodes == 6)
        #expect(collector.edges == 9)
        #expect(!collector.usedKeys.isEmpty)
        #expect(collector.usedKeys.isSubset(of: collector.declaredKeys))
        #expect(collector.declaredKeys.contains("n_name"))
        #expect(collector.declaredKeys.contains("e_quote"))
    }

    @Test func dotDrawsEntitiesAndLeavesDocumentsOut() throws {
        let store = try ExportFixtures.store()
        let dot = try ExportFixtures.lines { try DotExporter().export(try store.snapshot(), includeDocuments: false, emit: $0) }
        #expect(dot.first == "digraph docgraph {")
        #expect(dot.last == "}")
        #expect(!dot.contains { $0.contains("MENTIONED_IN") })
        #expect(dot.contains { $0.contains(#"label="Ada Lovelace\nPerson""#) })
        #expect(dot.filter { $0.contains("->") }.count == 4)
    }

    @Test func csvHasNeo4jAdminHeaders() throws {
        let store = try ExportFixtures.store()
        let files = CSVExporter().export(try store.snapshot())
        let nodeHeader = try #require(files.nodes.split(separator: "\n").first)
        #expect(nodeHeader.hasPrefix("id:ID,:LABEL,"))
        #expect(nodeHeader.contains("aliases:string[]"))
        let relationshipHeader = try #require(files.relationships.split(separator: "\n").first)
        #expect(relationshipHeader.hasPrefix(":START_ID,:END_ID,:TYPE,"))
        #expect(relationshipHeader.contains("start:long"))
        #expect(files.nodes.contains(#""Councillor Ada Lovelace, Chair of the Analytical Society, met Grace Hopper"#) == false)
        #expect(files.relationships.contains("\"\"it's done\"\"") || files.relationships.contains("it's done"))
    }

    @Test func cypherScriptQuotesValuesAndMatchesByTemporaryID() throws {
        let store = try ExportFixtures.store()
        let script = try ExportFixtures.lines { try CypherExporter().export(try store.snapshot(), emit: $0) }
        #expect(script.filter { $0.hasPrefix("CREATE (") }.count == 6)
        #expect(script.contains { $0.contains(#"said \"it\'s done\"."#) || $0.contains(#"said "it\'s done"."#) })
        #expect(script.last == "MATCH (n) REMOVE n._exportId;")
    }

    @Test func exportOfOneDocumentKeepsWhatItMentions() throws {
        let store = try ExportFixtures.store()
        let snapshot = try store.snapshot(ExportSelection(documents: ["note.txt"]))
        #expect(snapshot.nodes.count == 6)
        #expect(throws: StoreError.notFound(what: "the document other.txt")) {
            try store.snapshot(ExportSelection(documents: ["other.txt"]))
        }
        let people = try store.snapshot(ExportSelection(labels: ["Person"]))
        #expect(people.nodes.map(\.displayName).sorted() == ["Ada Lovelace", "Grace Hopper"])
        #expect(people.relationships.isEmpty)
    }
}

/// Counts GraphML elements and the keys declared and used.
final class GraphMLCollector: NSObject, XMLParserDelegate, @unchecked Sendable {
    var nodes = 0
    var edges = 0
    var declaredKeys = Set<String>()
    var usedKeys = Set<String>()

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch elementName {
        case "node": nodes += 1
        case "edge": edges += 1
        case "key": if let id = attributes["id"] { declaredKeys.insert(id) }
        case "data": if let key = attributes["key"] { usedKeys.insert(key) }
        default: break
        }
    }
}
