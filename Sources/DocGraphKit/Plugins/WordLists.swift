/// Named sets of lower-cased words or phrases shared by plugins, such as `first-names` or
/// `english-words`. Loaded once per run; plugins only read them.
public struct WordLists: Sendable {
    private var lists: [String: Set<String>]
    /// Lexicons made from these lists; new with every change to them.
    private var derived = DerivedValues()

    public init(_ lists: [String: Set<String>] = [:]) {
        self.lists = lists
    }

    /// A value made from these lists (a plugin's lexicon), made once and then shared by every
    /// copy of the lists until they change. `key` names the value: a plugin's id and what it is.
    public func derived<Value: Sendable>(_ key: String, make: () throws -> Value) rethrows -> Value {
        try derived.value(for: key, make: make)
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
        derived = DerivedValues()
    }

    /// The names of the loaded lists, sorted.
    public var names: [String] { lists.keys.sorted() }
}
