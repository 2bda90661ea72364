import Foundation

/// Inverse document frequencies over every passage of the corpus, so distinctive words (and
/// entities) weigh more than common ones, and the cosine of weighted term vectors.
///
/// A term found in one passage only can match nothing and would only dilute the vectors, so
/// weighing leaves it out.
struct TermStatistics: Sendable {
    private var idf: [String: Double] = [:]
    private var frequencies: [String: Int] = [:]
    /// Terms in this many passages or fewer are left out of vectors.
    static let singletons = 1
    /// How many passages there are.
    let passageCount: Double
    /// Entities weigh this much more than words: naming the same body says more than sharing a word.
    static let entityBoost = 1.5

    init(passages: some Sequence<CorpusPassage>) {
        var frequencies: [String: Int] = [:]
        var count = 0
        for passage in passages {
            count += 1
            for term in passage.terms.keys { frequencies[term, default: 0] += 1 }
        }
        passageCount = Double(max(count, 1))
        self.frequencies = frequencies
        for (term, frequency) in frequencies where frequency > Self.singletons {
            idf[term] = log((passageCount + 1) / Double(frequency))
        }
    }

    /// A vector of term counts weighted by (1 + ln count) × idf.
    func weigh(_ counts: [String: Double]) -> [String: Double] {
        var vector: [String: Double] = [:]
        for (term, count) in counts where count > 0 {
            guard let inverse = idf[term] else { continue }
            let weight = (1 + log(max(count, 1))) * inverse
            vector[term] = term.hasPrefix("@") ? weight * Self.entityBoost : weight
        }
        return vector
    }

    /// How many passages hold a term.
    func frequency(of term: String) -> Int {
        frequencies[term] ?? 0
    }

    /// The cosine of two vectors, 0 when either is empty.
    static func cosine(_ left: [String: Double], _ right: [String: Double]) -> Double {
        let (small, large) = left.count <= right.count ? (left, right) : (right, left)
        var dot = 0.0
        for (term, weight) in small { dot += weight * (large[term] ?? 0) }
        let norms = norm(left) * norm(right)
        return norms > 0 ? dot / norms : 0
    }

    /// The terms two vectors share, most weighty first.
    static func shared(_ left: [String: Double], _ right: [String: Double]) -> [String] {
        left.compactMap { term, weight in right[term].map { (term, weight * $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .map(\.0)
    }

    private static func norm(_ vector: [String: Double]) -> Double {
        vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}

extension Dictionary where Key == String, Value == Double {
    /// Adds another vector's counts, scaled.
    mutating func add(_ other: [String: Double], times factor: Double = 1) {
        for (term, count) in other { self[term, default: 0] += count * factor }
    }
}
