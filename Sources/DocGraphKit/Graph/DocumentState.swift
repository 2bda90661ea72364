/// What the store already holds for a file about to be ingested.
public enum DocumentState: Hashable, Sendable {
    /// Nothing at this path and no document with this content.
    case new
    /// The same content is stored at this path: nothing to do.
    case unchanged
    /// Another version is stored at this path: it will be replaced.
    case changed
    /// The same content is stored at another path: nothing to do.
    case duplicate(of: String)
}
