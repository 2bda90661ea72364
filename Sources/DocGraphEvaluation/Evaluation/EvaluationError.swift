/// Why a store cannot be scored against a gold file.
public enum EvaluationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// None of the gold's documents is in the store, so every figure would be zero.
    /// `store` names the store when known.
    case noDocumentsInStore(files: [String], store: String?)

    public var description: String {
        switch self {
        case .noDocumentsInStore(let files, let store):
            let shown = files.prefix(3).joined(separator: ", ") + (files.count > 3 ? " and \(files.count - 3) more" : "")
            return "none of the documents the gold file lists (\(shown)) is in the store\(store.map { " " + $0 } ?? ""); "
                + "ingest them first with docgraph ingest"
        }
    }
}
