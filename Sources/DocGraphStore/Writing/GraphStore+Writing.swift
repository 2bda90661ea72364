import DocGraphKit
import Foundation
import GRDB

extension GraphStore: GraphWriting {
    public func state(ofDocumentAt path: String, sha256: String) throws -> DocumentState {
        try read { db in
            if let stored = try String.fetchOne(db, sql: "SELECT sha256 FROM document WHERE path = ?", arguments: [path]) {
                return stored == sha256 ? .unchanged : .changed
            }
            if let other = try String.fetchOne(db, sql: "SELECT path FROM document WHERE sha256 = ?", arguments: [sha256]) {
                return .duplicate(of: other)
            }
            return .new
        }
    }

    public func write(_ graph: DocumentGraph, path: String) throws -> WriteOutcome {
        try writeBatch { batch in try batch.write(graph, path: path) }
    }

    public func writeBatch<Result>(_ work: (any DocumentBatch) throws -> Result) throws -> Result {
        try write { db in
            let batch = StoreDocumentBatch(store: self, db: db)
            let result = try work(batch)
            try batch.finish()
            return result
        }
    }

    public func replaceLinkResult(_ result: LinkResult, linker: String) throws {
        try write { db in
            var writer = GraphWriteSession(db: db, searchIndex: SearchIndexWrites())
            try writer.replaceLinkResult(result, owner: linker)
            try writer.searchIndex.write(to: db)
        }
    }

    /// Removes a stored document and everything extracted from it. Returns false when no
    /// document is stored at the path.
    @discardableResult
    public func removeDocument(at path: String) throws -> Bool {
        try write { db in
            var writer = GraphWriteSession(db: db, searchIndex: SearchIndexWrites())
            let removed = try writer.removeDocument(at: path)
            try writer.searchIndex.write(to: db)
            return removed
        }
    }
}
