/// Why a reader could not read a file. The message is one line a user can act on; the pipeline
/// prefixes it with the file's path.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
