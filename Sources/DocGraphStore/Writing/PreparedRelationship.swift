/// A relationship ready to be stored: its ends resolved to node ids and its properties encoded,
/// so a linker's new result can be compared with what it stored before.
struct PreparedRelationship: Hashable, Sendable {
    var type: String
    var from: Int64
    var to: Int64
    /// The properties as stored (``PropertyJSON``).
    var properties: String
    var owner: String?
    /// What identifies the relationship across runs: its type, the keys of its ends, and the
    /// document path or the owner that stated it.
    var fingerprint: String
}
