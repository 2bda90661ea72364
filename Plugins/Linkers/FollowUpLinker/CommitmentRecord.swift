import DocGraphKit

/// A stored commitment with what the linker weighs it by: where it was made, its words and
/// their context, the entities it concerns, its plan, and the role it set out to fill.
struct CommitmentRecord: Sendable {
    var id: Int64
    var date: PartialDate?
    var due: PartialDate?
    /// Its `kind`: only a pledge or promise is what "that promise" points back to.
    var kind: String?
    /// Index of its document in the corpus, and of the passage that holds it.
    var document: Int
    var passage: Int
    var plans: [String]
    /// The term ids of its makers, those the corpus has, sorted: who made it says nothing about
    /// what it concerns.
    var makerTerms: [Int32] = []
    /// The role a recruitment commitment sets out to fill, in lower-case words.
    var role: [String]?
    /// The term ids of the entities it concerns, those the corpus has, sorted.
    var concernTerms: [Int32] = []
    /// True when its sentence is a recurring line ("The next newsletter will be published on
    /// ..."): no later passage can report on it.
    var isRecurring = false

    /// How much the sentences one and two away from a commitment, and the heading above it, count.
    static let contextWeights = [0.5, 0.25]
    static let headingWeight = 0.5

    /// True for the kinds a pointing-back phrase ("that promise", "that commitment") names.
    var isPromise: Bool { kind == "pledge" || kind == "promise" }

    /// The commitment's term counts before weighting, from its document's passages and their
    /// words and term counts (`contents`); `concerns` are the term ids of the entities it concerns.
    func counts(in contents: DocumentWords, concerns: [Int32]) -> SparseVector {
        let passages = contents.passages
        var counts = contents.terms(of: passages[passage]).vector
        for (distance, weight) in zip(1..., Self.contextWeights) {
            for neighbour in [passage - distance, passage + distance]
            where passages.indices.contains(neighbour) && !passages[neighbour].isHeading {
                counts.add(contents.terms(of: passages[neighbour]).vector, times: weight)
            }
        }
        if let heading = passages[passage].heading {
            counts.add(contents.terms(of: passages[heading]).vector, times: Self.headingWeight)
        }
        counts.add(SparseVector(sorted: concerns.map { SparseVector.Entry(term: $0, weight: 1) }))
        return counts.removing(makerTerms)
    }

    /// The capitalised role after a recruitment phrase: "the recruitment of a Deputy Police and
    /// Crime Commissioner" gives `deputy police and crime commissioner`.
    static func role(in text: String, recruitment: PhraseList) -> [String]? {
        let tokens = Tokenizer().tokens(in: text).filter { $0.kind == .word }
        let lower = tokens.map { $0.text.lowercased() }
        for index in lower.indices {
            guard let length = recruitment.match(at: index, in: lower) else { continue }
            var next = index + length
            if next < lower.count, ["a", "an", "the"].contains(lower[next]) { next += 1 }
            var end = next
            while end < tokens.count, tokens[end].text.first?.isUppercase == true
                || (["and", "of", "for"].contains(lower[end]) && end + 1 < tokens.count && tokens[end + 1].text.first?.isUppercase == true) {
                end += 1
            }
            if end > next { return Array(lower[next..<end]) }
        }
        return nil
    }
}
