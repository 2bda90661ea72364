/// The stem of each content word met so far, so that building the corpus stems each distinct
/// word once rather than at every occurrence (a corpus repeats its words many times over).
struct ContentStems {
    /// By word in lower case: its stem, or `nil` when the word is not a content word.
    private var stems: [String: String?] = [:]

    /// The stem of `lower` when it is a content word (see ``CorpusDocument/isContent(_:lexicon:)``).
    mutating func stem(of lower: String, lexicon: FollowUpLexicon) -> String? {
        if let known = stems[lower] { return known }
        let stem = CorpusDocument.isContent(lower, lexicon: lexicon) ? Stemmer.stem(lower) : nil
        stems[lower] = stem
        return stem
    }
}
