/// Something in a query that is allowed but probably not meant, such as a label no node has.
public struct QueryWarning: Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var range: SourceRange
    public var position: SourcePosition?
    public var excerpt: String?

    public init(message: String, range: SourceRange) {
        self.message = message
        self.range = range
    }

    public var description: String {
        guard let position else { return "warning: " + message }
        return "warning: \(position): \(message)" + (excerpt.map { "\n" + $0 } ?? "")
    }
}
