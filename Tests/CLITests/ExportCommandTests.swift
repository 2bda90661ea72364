import DocGraphTestSupport
import Foundation
import Testing

@Suite struct ExportCommandTests {
    @Test func jsonLinesHoldTheFiveSeedDocuments() throws {
        let folder = try SharedPaths.temporaryDirectory()
        let runner = CommandRunner(directory: folder)
        let store = folder.appendingPathComponent("graph.sqlite").path
        #expect(try runner.run(["ingest", SharedPaths.seeds.path, "--store", store, "--quiet"]).status == 0)
        let export = try runner.run(["export", "--format", "jsonl", "--store", store])
        #expect(export.status == 0)
        var documents: [String: [String: Any]] = [:]
        var ids = Set<String>()
        var sawRelationship = false
        for line in export.output.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String)
            #expect(ids.insert(id).inserted, "ids are unique: \(id)")
            if object["type"] as? String == "relationship" {
                sawRelationship = true
                continue
            }
            #expect(!sawRelationship, "nodes come before relationships")
            let labels = try #require(object["labels"] as? [String])
            let properties = try #require(object["properties"] as? [String: Any])
            if labels.contains("Document") { documents[properties["name"] as? String ?? ""] = properties }
        }
        #expect(documents.count == 5)
        let dates = documents.mapValues { $0["date"] as? String ?? "" }
        #expect(dates == [
            "000_0de250827f1bd0a2.txt": "2017-03", "001_9da314cc6a9fe4da.txt": "2017-03-23",
            "002_beac637aa5a014bf.txt": "2016-12", "003_81907808ba1dbcd4.txt": "2017-09",
            "004_94bf3c743eff976e.txt": "2017-07",
        ])
        for properties in documents.values {
            #expect((properties["sha256"] as? String)?.count == 64)
            #expect(!((properties["title"] as? String) ?? "").isEmpty)
        }
    }
}
