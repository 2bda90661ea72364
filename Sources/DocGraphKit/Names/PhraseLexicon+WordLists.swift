extension PhraseLexicon {
    /// The phrases of a shared word list (a rule pack's lexicon), each valued by a property it
    /// carries in the pack: the list `<list>:<key>=<value>` holds the phrases with that value
    /// (`organisation-words:kind=police`). Phrases without the property get `""`.
    public init(wordLists: WordLists, list: String, valuedBy key: String) {
        self.init()
        let prefix = "\(list):\(key)="
        for name in wordLists.names where name.hasPrefix(prefix) {
            let value = String(name.dropFirst(prefix.count))
            for phrase in wordLists[name] ?? [] { add(phrase, value: value) }
        }
        for phrase in wordLists[list] ?? [] where !contains(phrase) { add(phrase, value: "") }
    }

    /// The phrases of a shared word list, without values.
    public init(wordLists: WordLists, list: String) {
        self.init(phrases: wordLists[list] ?? [])
    }
}

extension WordLists {
    /// The names among `names` of lists that are not loaded.
    public func missing(_ names: [String]) -> [String] {
        names.filter { self[$0] == nil }
    }

    /// The warning an extractor gives when rule-pack word lists it needs are not loaded.
    public static func missingWarning(plugin: String, lists: [String], consequence: String) -> String {
        let named = lists.count == 1 ? "the word list \(lists[0]) is" : "the word lists \(lists.joined(separator: ", ")) are"
        return "\(plugin): \(named) not loaded (they come with the core rule pack); \(consequence)"
    }
}
