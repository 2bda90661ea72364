import DocGraphReports
import DocGraphStore

/// Opening the store and reading its commitments, for the commands that report on them.
enum CommitmentReading {
    static func catalog(from options: StoreOptions) throws -> CommitmentCatalog {
        let store = try options.open(readOnly: true)
        do {
            return try CommitmentCatalog(graph: store)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }
}
