/// One line of a lexicon: a phrase, the label it gets and its properties.
public struct LexiconEntry: Hashable, Sendable {
    /// The phrase as written, whitespace runs made single spaces.
    public let phrase: String
    /// The label after the pack's label map.
    public let label: String
    /// The `id=` property: groups variants (`Cllr` and `Councillor` both `id=councillor`).
    public let key: String?
    /// The other `key=value` properties.
    public let properties: [String: String]
    /// The 1-based line it was written on.
    public let line: Int
}
