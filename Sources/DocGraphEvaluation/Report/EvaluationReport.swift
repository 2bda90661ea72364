/// The outcome of scoring a store against a gold file: what `docgraph eval --format json`
/// prints.
public struct EvaluationReport: Hashable, Sendable, Codable {
    /// The gold file as named on the command line.
    public var gold: String
    /// The store's path, when known.
    public var store: String?
    /// Each gold document and where it is in the store.
    public var documents: [DocumentCoverage]
    /// One entry per ``ScoredKind``, in its order.
    public var kinds: [KindReport]

    public init(gold: String, store: String? = nil, documents: [DocumentCoverage], kinds: [KindReport]) {
        self.gold = gold
        self.store = store
        self.documents = documents
        self.kinds = kinds
    }

    /// The report of one kind.
    public subscript(kind: ScoredKind) -> KindReport? {
        kinds.first { $0.kind == kind }
    }
}
