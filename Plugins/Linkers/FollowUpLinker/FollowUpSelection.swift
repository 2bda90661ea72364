import DocGraphKit

/// Chooses among the candidates. Where windows overlap, they follow up only the earliest of
/// commitments that restate one another ("I pledged in my Plan to ..." repeated in a later
/// issue), only the best-scoring commitment of each earlier document, and only commitments
/// scoring near the best of them all. Of what remains, each commitment keeps its best window
/// per document, so a commitment that loses its best window to a stronger one can still take
/// its next.
struct FollowUpSelection: Sendable {
    let corpus: FollowUpCorpus
    let options: FollowUpOptions

    /// The follow-ups kept of the `candidates`; `own` are the weighted terms of each of their
    /// commitments' own sentences (``FollowUpCorpus/ownTerms(of:)``).
    func select(_ candidates: [FollowUpCandidate], own: [Int: CompactVector]) -> [FollowUpCandidate] {
        var kept: [FollowUpCandidate] = []
        for cluster in clusters(of: candidates) {
            var chosen: [FollowUpCandidate] = []
            for candidate in cluster.sorted(by: { order($0) < order($1) }) {
                let vector = own[candidate.commitment]?.vector ?? SparseVector()
                let restates = chosen.contains {
                    $0.commitment != candidate.commitment
                        && SparseVector.cosine(own[$0.commitment]?.vector ?? SparseVector(), vector) >= options.restatementSimilarity
                }
                if !restates { chosen.append(candidate) }
            }
            let best = chosen.map(\.score).max() ?? 0
            kept += Dictionary(grouping: chosen) { corpus.commitments[$0.commitment].document }.values.compactMap { same in
                same.max { ($0.score, -$0.commitment) < ($1.score, -$1.commitment) }
            }.filter { $0.score >= options.nearBest * best }
        }
        var best: [CommitmentInDocument: FollowUpCandidate] = [:]
        for candidate in kept {
            let key = CommitmentInDocument(commitment: candidate.commitment, document: candidate.document)
            if candidate.score > (best[key]?.score ?? -1) + 1e-9 { best[key] = candidate }
        }
        return best.values.sorted {
            ($0.document, $0.passages.lowerBound, $0.commitment) < ($1.document, $1.passages.lowerBound, $1.commitment)
        }
    }

    /// Candidates grouped where their windows overlap in one document.
    private func clusters(of candidates: [FollowUpCandidate]) -> [[FollowUpCandidate]] {
        let sorted = candidates.sorted { ($0.document, $0.passages.lowerBound) < ($1.document, $1.passages.lowerBound) }
        var clusters: [[FollowUpCandidate]] = []
        var end = 0
        for candidate in sorted {
            if let last = clusters.last?.last, last.document == candidate.document, candidate.passages.lowerBound < end {
                clusters[clusters.count - 1].append(candidate)
                end = max(end, candidate.passages.upperBound)
            } else {
                clusters.append([candidate])
                end = candidate.passages.upperBound
            }
        }
        return clusters
    }

    /// Earlier commitments first: by date, then document, then position.
    private func order(_ candidate: FollowUpCandidate) -> (Int, Int, Int, Int, Int) {
        let commitment = corpus.commitments[candidate.commitment]
        let day = commitment.date?.firstDay ?? (year: 0, month: 0, day: 0)
        return (day.year, day.month, day.day, commitment.document, commitment.passage)
    }

    /// A commitment and a document it may be followed up in.
    private struct CommitmentInDocument: Hashable {
        var commitment: Int
        var document: Int
    }
}
