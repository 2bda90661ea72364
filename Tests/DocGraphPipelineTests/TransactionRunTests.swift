import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation
import Testing

/// Documents are written in runs, one transaction each: what a run promises when a document
/// of it, or the whole run, cannot be stored.
@Suite struct TransactionRunTests {
    func pipeline(documentsPerTransaction: Int, bytesInHand: Int = 256 << 20) -> IngestPipeline {
        let registry = PluginRegistry(readers: [NoteReader()], extractors: [CapitalisedNameExtractor()])
        let processor = DocumentProcessor(registry: registry, extractors: registry.extractors, analysis: { _ in Annotations() })
        return IngestPipeline(processor: processor, options: IngestOptions(
            concurrency: 2, documentsPerTransaction: documentsPerTransaction, bytesInHand: bytesInHand))
    }

    /// Seven notes, some naming the same people, so that later documents are resolved against
    /// earlier ones of the same run.
    func folder() throws -> URL {
        let folder = try SharedPaths.temporaryDirectory()
        let notes = [
            "Ada Lovelace met Charles Babbage.", "Grace Hopper wrote code.", "Charles Babbage built engines.",
            "Ada Lovelace wrote notes.", "Alan Turing met Grace Hopper.", "Mary Somerville met Ada Lovelace.",
            "Alan Turing broke codes.",
        ]
        for (number, note) in notes.enumerated() {
            try note.write(to: folder.appendingPathComponent("n\(number).note"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    func names(_ summary: IngestSummary, _ status: FileOutcome.Status) -> [String] {
        summary.files.filter { $0.status == status }.map { URL(fileURLWithPath: $0.path).lastPathComponent }.sorted()
    }

    /// Runs of 1, 3 and 16 documents; then runs of 16 with files in hand limited to a few bytes,
    /// so that at most four documents are read ahead and the runs are cut short.
    @Test func theGraphIsTheSameHoweverManyDocumentsATransactionHolds() async throws {
        let folder = try folder()
        var graphs: [[String]] = []
        for (length, bytes) in [(1, 256 << 20), (3, 256 << 20), (16, 256 << 20), (16, 10)] {
            let store = try GraphStore.inMemory()
            let summary = await pipeline(documentsPerTransaction: length, bytesInHand: bytes).ingest([folder.path], into: store)
            #expect(names(summary, .added).count == 7)
            let people = try store.nodes(labeled: "Person").map { "\($0.id) \($0.key ?? "")" }
            let relationships = try store.relationships(ofType: nil).map { "\($0.type) \($0.from) \($0.to)" }
            graphs.append(people + relationships)
        }
        #expect(graphs[0].count > 7)
        #expect(graphs[1] == graphs[0])
        #expect(graphs[2] == graphs[0])
        #expect(graphs[3] == graphs[0])
    }

    /// n2 is written and then refused: its run is undone and written again without it.
    @Test func aDocumentTheStoreRefusesFailsAloneAndTheRestOfItsRunIsKept() async throws {
        let folder = try folder()
        let refused = folder.appendingPathComponent("n2.note").path
        let store = FaultyStore(store: try GraphStore.inMemory(), refused: [refused])
        let summary = await pipeline(documentsPerTransaction: 4).ingest([folder.path], into: store)
        #expect(names(summary, .failed) == ["n2.note"])
        #expect(summary.files.first { $0.status == .failed }?.message == "could not store it: the disk refused \(refused)")
        #expect(names(summary, .added) == ["n0.note", "n1.note", "n3.note", "n4.note", "n5.note", "n6.note"])
        #expect(try store.documents().map(\.name).sorted() == ["n0.note", "n1.note", "n3.note", "n4.note", "n5.note", "n6.note"])
        #expect(try store.nodes(labeled: "Person").map(\.displayName) == [
            "Ada Lovelace", "Charles Babbage", "Grace Hopper", "Alan Turing", "Mary Somerville",
        ])
        #expect(try store.mentions(ofNode: try #require(store.nodes(labeled: "Person").first { $0.displayName == "Charles Babbage" }?.id))
            .count == 1)
    }

    /// The run holding n5 is not committed: its documents all fail, none of them is in the
    /// store, the other runs are, and the next ingest of the folder writes what was lost.
    @Test func whenARunCannotBeCommittedEachOfItsDocumentsFailsAndNothingOfItIsKept() async throws {
        let folder = try folder()
        let real = try GraphStore.inMemory()
        let store = FaultyStore(store: real, uncommittable: [folder.appendingPathComponent("n5.note").path])
        let summary = await pipeline(documentsPerTransaction: 3).ingest([folder.path], into: store)
        #expect(names(summary, .failed) == ["n3.note", "n4.note", "n5.note"])
        #expect(Set(summary.files.filter { $0.status == .failed }.map(\.message)) == ["could not store it: the disk is full"])
        #expect(names(summary, .added) == ["n0.note", "n1.note", "n2.note", "n6.note"])
        #expect(try real.documents().map(\.name).sorted() == ["n0.note", "n1.note", "n2.note", "n6.note"])
        #expect(try !real.nodes(labeled: "Person").map(\.displayName).contains("Mary Somerville"))

        let again = await pipeline(documentsPerTransaction: 3).ingest([folder.path], into: real)
        #expect(names(again, .added) == ["n3.note", "n4.note", "n5.note"])
        #expect(try real.nodes(labeled: "Person").map(\.displayName).contains("Mary Somerville"))
    }
}
