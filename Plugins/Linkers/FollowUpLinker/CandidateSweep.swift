import Dispatch
import DocGraphKit
import Synchronization

/// Weighs every commitment's candidates with the postings and sections of only the documents in
/// reach: the commitments are taken in the order of the last segment they reach
/// (``WindowIndex``), and a segment (``CorpusSegment``) is built when the first of them needs it
/// and dropped after the last. Documents come in date order and a commitment reaches the few
/// years after it, so the segments held at once are those of a few years, however many years
/// the corpus covers.
///
/// The commitments that reach the same last segment are weighed together on all cores, each on
/// its own, so the candidates are the same however the work was shared.
struct CandidateSweep {
    let scorer: FollowUpScorer

    /// How many commitments one worker weighs at a time.
    static let chunk = 16

    /// What the sweep did: how many segments it built and how many it held at most at once.
    struct Tally: Sendable, Equatable {
        var built = 0
        var mostHeld = 0
    }

    /// Every commitment's candidates, in commitment order, and what building them took. Throws
    /// when a segment's documents cannot be read back from the corpus's file.
    func candidates() throws -> (candidates: [FollowUpCandidate], tally: Tally) {
        let corpus = scorer.corpus
        let count = corpus.commitments.count
        let needs = (0..<count).map(scorer.segments(for:))
        // Commitments by the last segment they reach; -1 for those reaching none.
        var rounds: [Int: [Int]] = [:]
        var lastRound = [Int](repeating: -1, count: corpus.windows.segmentDocuments.count)
        for commitment in 0..<count {
            let round = needs[commitment].last ?? -1
            rounds[round, default: []].append(commitment)
            for segment in needs[commitment] { lastRound[segment] = max(lastRound[segment], round) }
        }
        var held: [Int: CorpusSegment] = [:]
        var tally = Tally()
        var found = [[FollowUpCandidate]](repeating: [], count: count)
        for round in rounds.keys.sorted() {
            let members = rounds[round] ?? []
            for segment in Set(members.flatMap { needs[$0] }).sorted() where held[segment] == nil {
                held[segment] = try corpus.segment(segment)
                tally.built += 1
            }
            tally.mostHeld = max(tally.mostHeld, held.count)
            for (commitment, candidates) in try weigh(members, needs: needs, held: held) { found[commitment] = candidates }
            let done = held.keys.filter { lastRound[$0] <= round }
            for segment in done { held[segment] = nil }
            // A dropped segment's pages go back, so the next one is not built beside them.
            if !done.isEmpty { FreedMemory.giveBack() }
        }
        return (found.flatMap { $0 }, tally)
    }

    /// The candidates of some commitments, weighed on all cores with the segments `held`.
    /// Throws the first error met reading a commitment's document back.
    private func weigh(_ members: [Int], needs: [[Int]], held: [Int: CorpusSegment]) throws -> [Int: [FollowUpCandidate]] {
        let chunks = (members.count + Self.chunk - 1) / Self.chunk
        let results = Mutex<[Int: [FollowUpCandidate]]>([:])
        let failure = Mutex<(any Error)?>(nil)
        DispatchQueue.concurrentPerform(iterations: chunks) { number in
            var found: [Int: [FollowUpCandidate]] = [:]
            do {
                for commitment in members[(number * Self.chunk)..<min(members.count, (number + 1) * Self.chunk)] {
                    found[commitment] = try scorer.candidates(for: commitment, segments: needs[commitment].compactMap { held[$0] })
                }
            } catch {
                failure.withLock { $0 = $0 ?? error }
            }
            results.withLock { $0.merge(found) { first, _ in first } }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return results.withLock { $0 }
    }
}
