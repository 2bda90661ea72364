/// How often each term occurs in a passage, by term id, its entries sorted by term: the form a
/// passage's terms are kept in. Counts are whole numbers, so a 4-byte float holds each one
/// exactly and an entry takes 8 bytes, half a ``SparseVector`` entry; the corpus holds one
/// entry for every distinct stem, pair and entity of every sentence, the entries of a
/// document's passages one after another in one array (``CorpusDocument/terms(of:)``).
struct TermCounts: Sendable, Equatable {
    /// One term and how often it occurs.
    struct Entry: Sendable, Equatable {
        var term: Int32
        var count: Float
    }

    /// The entries, sorted by term, each term once.
    let entries: ArraySlice<Entry>

    /// No terms.
    init() {
        entries = []
    }

    /// The counts of `counts`, by term id.
    init(_ counts: [Int32: Int]) {
        entries = ArraySlice(Self.entries(counts))
    }

    /// Entries already sorted by term, each term once.
    init(sorted entries: ArraySlice<Entry>) {
        self.entries = entries
    }

    /// The entries of `counts`, by term id, sorted by term.
    static func entries(_ counts: [Int32: Int]) -> [Entry] {
        counts.map { Entry(term: $0.key, count: Float($0.value)) }.sorted { $0.term < $1.term }
    }

    var count: Int { entries.count }

    /// The term ids, in order.
    var terms: some Sequence<Int32> { entries.lazy.map(\.term) }

    /// The counts as a vector of weights, to add to others.
    var vector: SparseVector {
        SparseVector(sorted: entries.map { SparseVector.Entry(term: $0.term, weight: Double($0.count)) })
    }
}
