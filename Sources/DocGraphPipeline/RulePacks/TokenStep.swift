/// One position of a compiled token pattern: the tests a token must pass and how often.
///
/// spaCy's operators compile to these: no OP is `one`, `?` is `optional`, `*` is `any`, `+` is
/// `one` then `any`, `!` is `one` with `negated` set (exactly one token that fails the tests), and
/// `{n,m}` is n times `one` then m - n times `optional`.
struct TokenStep: Sendable {
    enum Repetition: Sendable {
        case one, optional, any
    }

    let tests: [TokenTest]
    let negated: Bool
    let repetition: Repetition

    func matches(_ token: TokenFeatures) -> Bool {
        tests.allSatisfy { $0.matches(token) } != negated
    }

    /// True when the step may match no token at all.
    var canBeSkipped: Bool { repetition != .one }
}
