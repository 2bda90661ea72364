import DocGraphKit
import DocGraphStore

/// A store that refuses what a test tells it to: the documents at some paths, or the commit of
/// any batch that was asked to write one of `uncommittable`. Everything else goes to the real store.
struct FaultyStore: GraphReading, GraphWriting {
    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes the documents of a batch, noting each path asked for; a refused one is written and
    /// then refused, as a store that fails half way through a document would leave it.
    final class Batch: DocumentBatch {
        let batch: any DocumentBatch
        let refused: Set<String>
        private(set) var asked: Set<String> = []

        init(batch: any DocumentBatch, refused: Set<String>) {
            self.batch = batch
            self.refused = refused
        }

        func write(_ graph: DocumentGraph, path: String) throws -> WriteOutcome {
            asked.insert(path)
            let outcome = try batch.write(graph, path: path)
            if refused.contains(path) { throw Refusal(description: "the disk refused \(path)") }
            return outcome
        }

        func nodes(labeled label: String) throws -> [StoredNode] { try batch.nodes(labeled: label) }
        func nodes(labeled label: String, keys: [String]) throws -> [StoredNode] { try batch.nodes(labeled: label, keys: keys) }
        func relationshipEnds(ofType type: String, from ids: [Int64]) throws -> [RelationshipEnds] {
            try batch.relationshipEnds(ofType: type, from: ids)
        }
        func relationshipEnds(ofType type: String) throws -> [RelationshipEnds] { try batch.relationshipEnds(ofType: type) }
    }

    let store: GraphStore
    var refused: Set<String> = []
    var uncommittable: Set<String> = []

    func writeBatch<Result>(_ work: (any DocumentBatch) throws -> Result) throws -> Result {
        try store.writeBatch { batch in
            let faulty = Batch(batch: batch, refused: refused)
            let result = try work(faulty)
            if !faulty.asked.isDisjoint(with: uncommittable) { throw Refusal(description: "the disk is full") }
            return result
        }
    }

    func state(ofDocumentAt path: String, sha256: String) throws -> DocumentState { try store.state(ofDocumentAt: path, sha256: sha256) }
    func write(_ graph: DocumentGraph, path: String) throws -> WriteOutcome { try store.write(graph, path: path) }
    func replaceLinkResult(_ result: LinkResult, linker: String) throws { try store.replaceLinkResult(result, linker: linker) }

    func documents() throws -> [StoredDocument] { try store.documents() }
    func text(ofDocument sha256: String) throws -> String? { try store.text(ofDocument: sha256) }
    func nodes(labeled label: String) throws -> [StoredNode] { try store.nodes(labeled: label) }
    func nodes(labeled label: String, named names: [String]) throws -> [StoredNode] { try store.nodes(labeled: label, named: names) }
    func mentions(ofNode id: Int64) throws -> [Evidence] { try store.mentions(ofNode: id) }
    func relationships(ofType type: String?) throws -> [StoredRelationship] { try store.relationships(ofType: type) }
}
