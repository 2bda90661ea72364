/// What writing one document did to the store. The store decides inside the write transaction,
/// so two processes ingesting the same file at once cannot both add it.
public enum WriteOutcome: Hashable, Sendable {
    case added
    case replaced
    /// The same content was already stored at the same path.
    case unchanged
    /// The same content was already stored at another path.
    case duplicate(of: String)
}
