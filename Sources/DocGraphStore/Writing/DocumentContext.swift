/// The stored document a write session is attaching facts to.
struct DocumentContext {
    let id: Int64
    let nodeID: Int64
    let path: String
    /// The Document node's resolution key.
    let key: String
}
