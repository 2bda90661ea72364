import Foundation

/// Inverse document frequencies over every passage of the corpus, so distinctive words (and
/// entities) weigh more than common ones, by term id.
///
/// A term found in one passage only can match nothing and would only dilute the vectors, so
/// weighing leaves it out.
struct TermStatistics: Sendable {
    /// The inverse frequency of each term, by id; 0 for a term left out (it cannot otherwise be 0:
    /// a term in fewer passages than all has a positive one).
    private var idf: [Double] = []
    private var frequencies: [Int32] = []
    /// True for an entity term (`@<node id>`), by id.
    private var entities: [Bool] = []
    /// True for a pair of stems (`stem+stem`), by id.
    private var pairs: [Bool] = []
    /// Terms in this many passages or fewer are left out of vectors.
    static let singletons = 1
    /// How many passages there are.
    let passageCount: Double
    /// Entities weigh this much more than words: naming the same body says more than sharing a word.
    static let entityBoost = 1.5

    /// Counts every term of the passages, given as their term counts, whose ids are in `vocabulary`.
    init(passages: some Sequence<TermCounts>, vocabulary: Vocabulary) {
        var frequencies = [Int32](repeating: 0, count: vocabulary.count)
        var count = 0
        for passage in passages {
            count += 1
            for entry in passage.entries { frequencies[Int(entry.term)] += 1 }
        }
        self.init(frequencies: frequencies, passageCount: count, vocabulary: vocabulary)
    }

    /// The statistics of `passageCount` passages, given in how many of them each term of
    /// `vocabulary` is, by term id (terms past the end of `frequencies` in none): counted as the
    /// passages are read, so they need not be held.
    init(frequencies: [Int32], passageCount: Int, vocabulary: Vocabulary) {
        var frequencies = frequencies
        if frequencies.count < vocabulary.count {
            frequencies += repeatElement(0, count: vocabulary.count - frequencies.count)
        }
        self.passageCount = Double(max(passageCount, 1))
        self.frequencies = frequencies
        entities = vocabulary.strings.map { $0.utf8.first == UInt8(ascii: "@") }
        pairs = vocabulary.strings.map { $0.utf8.contains(UInt8(ascii: "+")) }
        idf = frequencies.map { frequency in
            frequency > Self.singletons ? log((self.passageCount + 1) / Double(frequency)) : 0
        }
    }

    /// A vector of term counts weighted by (1 + ln count) × idf.
    func weigh(_ counts: SparseVector) -> SparseVector {
        var weighted: [SparseVector.Entry] = []
        weighted.reserveCapacity(counts.count)
        for entry in counts.entries {
            if let weight = weight(of: entry.term, counted: entry.weight) { weighted.append(.init(term: entry.term, weight: weight)) }
        }
        return SparseVector(sorted: weighted)
    }

    /// A passage's term counts weighted by (1 + ln count) × idf.
    func weigh(_ counts: TermCounts) -> SparseVector {
        var weighted: [SparseVector.Entry] = []
        weighted.reserveCapacity(counts.count)
        for entry in counts.entries {
            if let weight = weight(of: entry.term, counted: Double(entry.count)) { weighted.append(.init(term: entry.term, weight: weight)) }
        }
        return SparseVector(sorted: weighted)
    }

    /// The weight of a term counted `count` times, or `nil` when it is left out.
    private func weight(of term: Int32, counted count: Double) -> Double? {
        let inverse = idf[Int(term)]
        guard count > 0, inverse != 0 else { return nil }
        let weight = (1 + log(max(count, 1))) * inverse
        return isEntity(term) ? weight * Self.entityBoost : weight
    }

    /// How many passages hold a term.
    func frequency(of term: Int32) -> Int {
        Int(frequencies[Int(term)])
    }

    /// True for a word's stem: neither an entity nor a pair of stems.
    func isWord(_ term: Int32) -> Bool {
        !entities[Int(term)] && !pairs[Int(term)]
    }

    /// True for an entity term (`@<node id>`).
    func isEntity(_ term: Int32) -> Bool {
        entities[Int(term)]
    }
}
