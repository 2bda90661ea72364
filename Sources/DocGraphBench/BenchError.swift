/// A failure of a benchmark tool, with a one-line message that says what went wrong, where,
/// and what to do.
public struct BenchError: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
