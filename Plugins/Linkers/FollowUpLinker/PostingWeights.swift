/// The weights of a segment's postings (``WindowPostings``), as 4-byte floats, each kept as its
/// number in a table of the segment's distinct weights, in 2 bytes.
///
/// A term's weight in a window is made from its inverse document frequency, which terms in as
/// many passages share, and from the few ways a window counts its sentences, its neighbours and
/// its heading: a segment of a generated corpus has about 7,500 distinct weights among 1.17
/// million postings. A segment with more distinct weights than 2 bytes number keeps the floats.
struct PostingWeights: Sendable {
    /// Each distinct weight once, by number; empty when the weights are kept in ``floats``.
    private let table: [Float]
    /// Each posting's weight as its number in ``table``.
    private let numbers: [UInt16]
    /// Each posting's weight, when there are too many distinct ones for ``table``.
    private let floats: [Float]

    /// The most distinct weights a table numbers.
    static let tableLimit = Int(UInt16.max) + 1

    /// The weights of the postings, in order, rounded to floats.
    init(_ weights: [Float]) {
        var table: [Float] = []
        var numbered: [UInt32: UInt16] = [:]
        var numbers: [UInt16] = []
        numbers.reserveCapacity(weights.count)
        for weight in weights {
            if let number = numbered[weight.bitPattern] {
                numbers.append(number)
                continue
            }
            guard table.count < Self.tableLimit else {
                (self.table, self.numbers, floats) = ([], [], weights)
                return
            }
            numbered[weight.bitPattern] = UInt16(table.count)
            numbers.append(UInt16(table.count))
            table.append(weight)
        }
        (self.table, self.numbers, floats) = (table, numbers, [])
    }

    /// How many postings there are.
    var count: Int { floats.isEmpty ? numbers.count : floats.count }

    /// True when the weights are kept as numbers in a table of the distinct ones.
    var isTabled: Bool { floats.isEmpty }

    /// A posting's weight, to full precision what the float holds.
    subscript(position: Int) -> Double {
        Double(floats.isEmpty ? table[Int(numbers[position])] : floats[position])
    }
}
