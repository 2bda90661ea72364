/// What an extractor or linker is given besides the document: its options and the shared word
/// lists (lexicons from rule packs, public name lists, the dictionary).
public struct ExtractionContext: Sendable {
    /// The plugin's options: the manifest's defaults overridden by `docgraph.yaml`.
    public var options: Properties
    public var wordLists: WordLists

    public init(options: Properties = [:], wordLists: WordLists = WordLists()) {
        self.options = options
        self.wordLists = wordLists
    }
}
