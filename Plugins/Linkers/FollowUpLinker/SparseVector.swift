/// A sparse vector of weights by term id, its entries sorted by term: the compact form of a
/// passage's term counts and of every weighted vector the linker compares. Sorted entries make
/// a dot product one merge, with no hashing, and take 16 bytes a term.
struct SparseVector: Sendable, Equatable {
    /// One term and its weight.
    struct Entry: Sendable, Equatable {
        var term: Int32
        var weight: Double
    }

    /// The entries, sorted by term, each term once.
    private(set) var entries: [Entry]

    /// The empty vector.
    init() {
        entries = []
    }

    /// A vector from weights by term.
    init(_ weights: [Int32: Double]) {
        entries = weights.map { Entry(term: $0.key, weight: $0.value) }.sorted { $0.term < $1.term }
    }

    /// A vector from entries already sorted by term, each term once.
    init(sorted entries: [Entry]) {
        self.entries = entries
    }

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    /// The weight of a term, 0 when the vector does not hold it.
    subscript(term: Int32) -> Double {
        let index = entries.firstIndex(atOrPast: { $0.term >= term })
        return index < entries.count && entries[index].term == term ? entries[index].weight : 0
    }

    /// True when the vector holds a term.
    func contains(_ term: Int32) -> Bool {
        let index = entries.firstIndex(atOrPast: { $0.term >= term })
        return index < entries.count && entries[index].term == term
    }

    /// The Euclidean norm.
    var norm: Double {
        entries.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
    }

    /// This vector plus another scaled by `factor`; a term's weight becomes
    /// `weight + other × factor`, so adding vectors in a fixed order gives the same sums.
    func adding(_ other: SparseVector, times factor: Double = 1) -> SparseVector {
        guard !other.isEmpty else { return self }
        var merged: [Entry] = []
        merged.reserveCapacity(entries.count + other.entries.count)
        var left = 0
        var right = 0
        while left < entries.count || right < other.entries.count {
            if right == other.entries.count || (left < entries.count && entries[left].term < other.entries[right].term) {
                merged.append(entries[left])
                left += 1
            } else if left == entries.count || other.entries[right].term < entries[left].term {
                merged.append(Entry(term: other.entries[right].term, weight: other.entries[right].weight * factor))
                right += 1
            } else {
                merged.append(Entry(term: entries[left].term, weight: entries[left].weight + other.entries[right].weight * factor))
                left += 1
                right += 1
            }
        }
        return SparseVector(sorted: merged)
    }

    /// Adds another vector scaled by `factor`.
    mutating func add(_ other: SparseVector, times factor: Double = 1) {
        self = adding(other, times: factor)
    }

    /// The vector without some terms (a few, sorted).
    func removing(_ terms: [Int32]) -> SparseVector {
        terms.isEmpty ? self : SparseVector(sorted: entries.filter { !terms.contains($0.term) })
    }

    /// The terms both vectors hold, each with the product of its two weights, in term order.
    func shared(with other: SparseVector) -> [Entry] {
        var products: [Entry] = []
        forEachShared(with: other) { term, product in products.append(Entry(term: term, weight: product)) }
        return products
    }

    /// The dot product.
    func dot(_ other: SparseVector) -> Double {
        var sum = 0.0
        forEachShared(with: other) { _, product in sum += product }
        return sum
    }

    /// Calls `body` with each term both vectors hold and the product of its weights, in term order.
    @inline(__always)
    private func forEachShared(with other: SparseVector, _ body: (Int32, Double) -> Void) {
        var left = 0
        var right = 0
        while left < entries.count && right < other.entries.count {
            let term = entries[left].term
            if term < other.entries[right].term {
                left += 1
            } else if other.entries[right].term < term {
                right += 1
            } else {
                body(term, entries[left].weight * other.entries[right].weight)
                left += 1
                right += 1
            }
        }
    }

    /// The cosine of two vectors, 0 when either is empty.
    static func cosine(_ left: SparseVector, _ right: SparseVector) -> Double {
        let norms = left.norm * right.norm
        return norms > 0 ? left.dot(right) / norms : 0
    }

    /// The cosine of two vectors without some terms: to the bit what
    /// `cosine(left.removing(terms), right.removing(terms))` gives (the same products and
    /// squares are added in the same order), without copying either vector. The terms left out
    /// are passed over in step with the entries, both in term order, so nothing is hashed.
    /// `excluded` is sorted.
    static func cosine(_ left: SparseVector, _ right: SparseVector, excluding excluded: [Int32]) -> Double {
        guard !excluded.isEmpty else { return cosine(left, right) }
        let norms = left.norm(excluding: excluded) * right.norm(excluding: excluded)
        guard norms > 0 else { return 0 }
        var dot = 0.0
        var next = 0
        left.forEachShared(with: right) { term, product in
            while next < excluded.count && excluded[next] < term { next += 1 }
            if next == excluded.count || excluded[next] != term { dot += product }
        }
        return dot / norms
    }

    /// The Euclidean norm of the vector without the terms of `excluded` (sorted).
    private func norm(excluding excluded: [Int32]) -> Double {
        var sum = 0.0
        var next = 0
        for entry in entries {
            while next < excluded.count && excluded[next] < entry.term { next += 1 }
            if next == excluded.count || excluded[next] != entry.term { sum += entry.weight * entry.weight }
        }
        return sum.squareRoot()
    }
}
