import DocGraphKit

/// Every window a follow-up can be read from (a sentence, or a sentence and the next when the
/// next points back to it: "... shows my determination to deliver on that promise"), each with
/// its weighted terms (its own, its neighbours' at half weight and its heading's at 0.3), and
/// postings from terms to windows, so a commitment meets only the windows it shares a term with.
struct WindowIndex: Sendable {
    struct Window: Sendable {
        var document: Int
        var passages: Range<Int>
        var vector: [String: Double]
        var norm: Double
    }

    /// How much the heading above a window, and the sentences just before and after it, count.
    static let headingWeight = 0.3
    static let contextWeight = 0.5

    private(set) var windows: [Window] = []
    /// The windows of each document, by document: windows are numbered in document order, so
    /// documents in date order give windows in date order.
    private(set) var windowsOfDocument: [Range<Int>] = []
    private var postings: [String: [(window: Int, weight: Double)]] = [:]

    init() {}

    init(documents: [CorpusDocument], vectors: [[[String: Double]]], pointsBack: (CorpusPassage) -> Bool) {
        for (document, corpusDocument) in documents.enumerated() {
            let first = windows.count
            defer { windowsOfDocument.append(first..<windows.count) }
            let passages = corpusDocument.passages
            for start in passages.indices where !passages[start].isHeading {
                var ends = [start + 1]
                if start + 1 < passages.count, !passages[start + 1].isHeading, pointsBack(passages[start + 1]) { ends.append(start + 2) }
                for end in ends {
                    add(document: document, passages: start..<end, of: passages, vectors: vectors[document])
                }
            }
        }
    }

    private mutating func add(document: Int, passages window: Range<Int>, of passages: [CorpusPassage], vectors: [[String: Double]]) {
        var vector: [String: Double] = [:]
        for passage in window { vector.add(vectors[passage]) }
        for neighbour in [window.lowerBound - 1, window.upperBound]
        where passages.indices.contains(neighbour) && !passages[neighbour].isHeading {
            vector.add(vectors[neighbour], times: Self.contextWeight)
        }
        if let heading = passages[window.lowerBound].heading { vector.add(vectors[heading], times: Self.headingWeight) }
        let index = windows.count
        windows.append(Window(document: document, passages: window, vector: vector, norm: Self.norm(vector)))
        for (term, weight) in vector { postings[term, default: []].append((index, weight)) }
    }

    /// A term in more windows than this (within the documents weighed) is too common to find
    /// candidates by; it still counts in the cosine of the windows found by rarer terms.
    static let retrievalLimit = 200
    /// When common terms were left out, the windows with the best partial cosine that are
    /// completed with them.
    static let completionLimit = 400

    /// The cosine of a vector with every window it shares a term with, by window index, leaving
    /// the `excluded` terms (the commitment's makers) out of both sides. Only windows in
    /// `ranges` are weighed; postings are in window order, so each range is found by bisection.
    /// Windows are found through the terms of at most ``retrievalLimit`` windows in `ranges`, and
    /// only the ``completionLimit`` best of them by those terms are completed with the common
    /// ones, so the work per commitment stays bounded however large the corpus grows.
    func cosines(with vector: [String: Double], excluding excluded: Set<String>, in ranges: [Range<Int>]) -> [Int: Double] {
        var dots: [Int: Double] = [:]
        var own = 0.0
        var common: [(term: String, weight: Double)] = []
        for (term, weight) in vector where !excluded.contains(term) {
            own += weight * weight
            guard let list = postings[term] else { continue }
            let spans = ranges.filter { !$0.isEmpty }.map { range in
                list.firstIndex(atOrPast: { $0.window >= range.lowerBound })..<list.firstIndex(atOrPast: { $0.window >= range.upperBound })
            }
            guard spans.reduce(0, { $0 + $1.count }) <= Self.retrievalLimit else {
                common.append((term, weight))
                continue
            }
            for span in spans {
                for position in span { dots[list[position].window, default: 0] += weight * list[position].weight }
            }
        }
        guard own > 0 else { return [:] }
        var found = Array(dots)
        if !common.isEmpty && found.count > Self.completionLimit {
            // Ranked by partial cosine; ties by window, so the choice does not depend on hashing.
            found = found.map { ($0.key, $0.value / max(windows[$0.key].norm, .leastNonzeroMagnitude)) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                .prefix(Self.completionLimit).map { ($0.0, dots[$0.0] ?? 0) }
        }
        var cosines: [Int: Double] = [:]
        for (index, partial) in found where partial > 0 {
            let window = windows[index]
            let dot = common.reduce(partial) { $0 + $1.weight * (window.vector[$1.term] ?? 0) }
            let removed = excluded.reduce(0.0) { $0 + (window.vector[$1].map { $0 * $0 } ?? 0) }
            let norm = (window.norm * window.norm - removed).squareRoot()
            if norm > 0 { cosines[index] = dot / (own.squareRoot() * norm) }
        }
        return cosines
    }

    private static func norm(_ vector: [String: Double]) -> Double {
        vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
