/// A half-open range of UTF-8 offsets into a ``Document``'s text.
///
/// Inside the process every range counts UTF-8 bytes, which is what the text analysis scans.
/// Offsets that leave the process (the store, exports, external plugins) count Unicode scalars;
/// ``UnicodeScalarOffsets`` is the one place that converts between the two.
public struct TextRange: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The first UTF-8 offset inside the range.
    public var start: Int
    /// The UTF-8 offset just past the range.
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a range cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// The number of UTF-8 bytes the range covers.
    public var length: Int { end - start }

    /// True when the range covers nothing.
    public var isEmpty: Bool { start == end }

    /// True when `other` lies wholly inside this range.
    public func contains(_ other: TextRange) -> Bool {
        other.start >= start && other.end <= end
    }

    /// True when the two ranges share at least one byte.
    public func overlaps(_ other: TextRange) -> Bool {
        other.start < end && start < other.end
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
