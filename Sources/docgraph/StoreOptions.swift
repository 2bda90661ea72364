import ArgumentParser
import DocGraphStore
import Foundation

/// The `--store` option every command that touches the store shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store file (default: $DOCGRAPH_STORE, else ./docgraph.sqlite).", valueName: "file"))
    var store: String?

    /// The store path the user chose, or the default.
    var path: String {
        if let store { return store }
        if let environment = ProcessInfo.processInfo.environment["DOCGRAPH_STORE"], !environment.isEmpty {
            return environment
        }
        return "docgraph.sqlite"
    }

    /// Opens the store, creating it when `create` is true; a missing store is an error otherwise.
    func open(create: Bool = false, readOnly: Bool = false) throws -> GraphStore {
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("no store at \(path): run 'docgraph ingest PATH' first, or name one with --store")
        }
        do {
            return try GraphStore.open(at: path, readOnly: readOnly)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }
}
