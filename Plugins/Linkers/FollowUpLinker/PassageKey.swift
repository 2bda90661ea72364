/// Names a passage of the corpus: a document's index and the passage's index in it.
struct PassageKey: Hashable, Sendable, Comparable {
    var document: Int
    var passage: Int

    static func < (lhs: PassageKey, rhs: PassageKey) -> Bool {
        (lhs.document, lhs.passage) < (rhs.document, rhs.passage)
    }
}
