import DocGraphStore
import Foundation
import Testing

@Suite struct StoreOpeningTests {
    @Test func createsAStoreInWALMode() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let path = folder.appendingPathComponent("nested/store.sqlite").path
        let store = try GraphStore.open(at: path)
        #expect(try store.statistics().documents == 0)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func refusesAFileThatIsNotAStore() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).sqlite").path
        try Data("this is not a database, just text that is long enough to be a header".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try GraphStore.open(at: path)
        } throws: { error in
            guard let error = error as? StoreError, case .cannotOpen(let where_, _) = error else { return false }
            return where_ == path
        }
        try? FileManager.default.removeItem(atPath: path)
    }
}
