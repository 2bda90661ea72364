/// Named sets of lower-cased words or phrases shared by plugins, such as `first-names` or
/// `english-words`. Loaded once per run; plugins only read them.
public struct WordLists: Sendable {
    private var lists: [String: Set<String>]

    public init(_ lists: [String: Set<String>] = [:]) {
        self.lists = lists
    }

    /// The list with the name, if loaded.
    public subscript(name: String) -> Set<String>? { lists[name] }

    /// True when the named list holds the phrase (compared lower-cased).
    public func contains(_ phrase: String, in name: String) -> Bool {
        lists[name]?.contains(phrase.lowercased()) ?? false
    }

    /// Adds phrases to a list, creating it if needed.
    public mutating func add(_ phrases: some Sequence<String>, to name: String) {
        lists[name, default: []].formUnion(phrases.lazy.map { $0.lowercased() })
    }

    /// The names of the loaded lists, sorted.
    public var names: [String] { lists.keys.sorted() }
}
