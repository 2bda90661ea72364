/// A weighted vector kept in half the space of a ``SparseVector``: its weights as 4-byte floats
/// (seven significant digits), 8 bytes a term. The corpus keeps every section's weighted terms
/// at once, in this form, and makes a section back into a ``SparseVector`` when a candidate is
/// weighed against it.
struct CompactVector: Sendable, Equatable {
    /// One term and its weight.
    struct Entry: Sendable, Equatable {
        var term: Int32
        var weight: Float
    }

    /// The entries, sorted by term, each term once.
    let entries: [Entry]

    /// The empty vector.
    init() {
        entries = []
    }

    /// A vector's terms with their weights rounded to floats.
    init(_ vector: SparseVector) {
        entries = vector.entries.map { Entry(term: $0.term, weight: Float($0.weight)) }
    }

    var count: Int { entries.count }

    /// The vector with its weights as doubles, to compare with others.
    var vector: SparseVector {
        SparseVector(sorted: entries.map { SparseVector.Entry(term: $0.term, weight: Double($0.weight)) })
    }
}
