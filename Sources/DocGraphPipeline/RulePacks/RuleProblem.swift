/// What is wrong with one rule, before the file and line are known; the caller turns it into a
/// ``ConfigurationError``.
struct RuleProblem: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
