/// A mistake in a configuration file a user wrote: `docgraph.yaml`, a rule pack's `pack.yaml`,
/// one of its lexicons or pattern files.
///
/// It prints as `file:line: what is wrong`, the form editors and terminals link to, and says what
/// to do about it where that is not obvious.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's path as the user would type it.
    public var file: String
    /// The 1-based line the mistake is on; `nil` when it concerns the whole file.
    public var line: Int?
    /// What is wrong, in one line.
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
