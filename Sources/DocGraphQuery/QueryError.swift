/// What went wrong with a query, where, and what to do about it.
///
/// Stages raise errors with the ``SourceRange`` of the AST node or token at fault;
/// ``Source/locate(_:)`` adds the line, column and the excerpt with its caret. `description` is
/// the message a user sees.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// When the error was found: before running (syntax, meaning) or while running.
    public enum Phase: String, Sendable {
        case syntax
        case semantic
        case runtime
    }

    public var phase: Phase
    /// The openCypher name of the error where there is one (`VariableTypeConflict`,
    /// `UndefinedVariable`, ...), else a short name of our own.
    public var code: String
    /// One line saying what is wrong and what was expected.
    public var message: String
    public var range: SourceRange?
    public var position: SourcePosition?
    public var excerpt: String?

    public init(_ phase: Phase, _ code: String, _ message: String, at range: SourceRange? = nil) {
        self.phase = phase
        self.code = code
        self.message = message
        self.range = range
    }

    static func syntax(_ code: String, _ message: String, at range: SourceRange?) -> QueryError {
        QueryError(.syntax, code, message, at: range)
    }

    static func semantic(_ code: String, _ message: String, at range: SourceRange?) -> QueryError {
        QueryError(.semantic, code, message, at: range)
    }

    static func runtime(_ code: String, _ message: String, at range: SourceRange? = nil) -> QueryError {
        QueryError(.runtime, code, message, at: range)
    }

    public var description: String {
        guard let position else { return message }
        var text = "\(position): \(message)"
        if let excerpt { text += "\n" + excerpt }
        return text
    }
}
