import Testing
@testable import FollowUpLinker

/// A segment's postings lead from each term to the segment's windows that have it, in window
/// order, with the term's weight there as a float.
@Suite struct WindowPostingsTests {
    /// Windows 10, 11 (no terms) and 12.
    let postings = WindowPostings(first: 10, vectors: [
        SparseVector([1: 0.5, 3: 2]),
        SparseVector(),
        SparseVector([3: 1, 7: 0.1]),
    ], termCount: 8)

    func windows(of term: Int32) -> [Int32] {
        postings.postings(of: term).map(postings.window(at:))
    }

    @Test func aTermLeadsToTheWindowsThatHaveIt() {
        #expect(postings.windows == 10..<13)
        #expect(postings.count == 4)
        #expect(windows(of: 3) == [10, 12])
        #expect(postings.postings(of: 3).map(postings.weight(at:)) == [2, 1])
        #expect(windows(of: 1) == [10])
        #expect(windows(of: 7) == [12])
        #expect(windows(of: 0).isEmpty)
        #expect(windows(of: 2).isEmpty)
    }

    @Test func weightsAreKeptAsFloatsAndNormsInFull() {
        #expect(postings.postings(of: 7).map(postings.weight(at:)) == [Double(Float(0.1))])
        #expect(postings.norm(of: 10) == (0.25 + 4.0).squareRoot())
        #expect(postings.norm(of: 11) == 0)
        #expect(postings.norm(of: 12) == (1 + 0.1 * 0.1).squareRoot())
    }

    @Test func aRangeOfWindowsIsFoundInATermsPostings() {
        let term = postings.postings(of: 3)
        #expect(postings.positions(in: term, of: 11..<13).map(postings.window(at:)) == [12])
        #expect(postings.positions(in: term, of: 10..<12).map(postings.window(at:)) == [10])
        #expect(postings.positions(in: term, of: 11..<12).isEmpty)
    }

    @Test func windowsAreVisitedInOrderUpToTheSegmentsEnd() {
        var visited: [Int: Double] = [:]
        postings.forEachPosting(of: 3, in: [4, 10, 11, 12, 20], from: 1) { slot, weight in visited[slot] = weight }
        #expect(visited == [1: 2, 3: 1])
        visited = [:]
        postings.forEachPosting(of: 7, in: [11, 20], from: 0) { slot, weight in visited[slot] = weight }
        #expect(visited.isEmpty)
    }

    @Test func aSegmentOfFewWindowsNumbersThemInTwoBytes() {
        #expect(postings.isNarrow && postings.isTabled)
        let most = WindowPostings(first: 0, vectors: Array(repeating: SparseVector([1: 1]), count: 65_536), termCount: 2)
        #expect(most.isNarrow)
        #expect(most.postings(of: 1).map(most.window(at:)).last == 65_535)
    }

    /// One document of more windows than two bytes number makes a segment of its own.
    @Test func aSegmentOfMoreWindowsNumbersThemInFourBytes() {
        var vectors = Array(repeating: SparseVector(), count: 70_000)
        vectors[3] = SparseVector([2: 0.5])
        vectors[65_536] = SparseVector([2: 1, 4: 3])
        vectors[69_999] = SparseVector([2: 2])
        let large = WindowPostings(first: 100, vectors: vectors, termCount: 5)
        #expect(!large.isNarrow)
        #expect(large.postings(of: 2).map(large.window(at:)) == [103, 65_636, 70_099])
        #expect(large.postings(of: 2).map(large.weight(at:)) == [0.5, 1, 2])
        #expect(large.positions(in: large.postings(of: 2), of: 104..<70_099).map(large.window(at:)) == [65_636])
        var visited: [Int: Double] = [:]
        large.forEachPosting(of: 2, in: [103, 104, 65_636, 70_099, 70_100], from: 0) { slot, weight in visited[slot] = weight }
        #expect(visited == [0: 0.5, 2: 1, 3: 2])
        #expect(large.norm(of: 65_636) == (1.0 + 9.0).squareRoot())
    }
}
