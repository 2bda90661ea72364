/// What running the linkers over the graph gave: the warnings they raised, and those that
/// failed (their earlier output is left as it was).
public struct LinkOutcome: Hashable, Sendable {
    /// Warnings a linker returned with its result, as `<linker id>: <warning>`.
    public var warnings: [String] = []
    /// One line per linker that failed, as `linker <id> failed: <reason>`.
    public var failures: [String] = []

    public init(warnings: [String] = [], failures: [String] = []) {
        self.warnings = warnings
        self.failures = failures
    }

    /// Warnings and failures, for a summary.
    public var messages: [String] { warnings + failures }
}
