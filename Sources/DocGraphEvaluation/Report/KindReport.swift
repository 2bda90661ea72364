/// The figures and errors of one kind.
public struct KindReport: Hashable, Sendable, Codable {
    public var kind: ScoredKind
    /// Gold items in the scored documents.
    public var gold: Int
    /// Found items in the scored documents.
    public var found: Int
    public var strict: Scores
    public var lenient: Scores
    /// For people and organisations: every gold entity matched by more than one node. `nil`
    /// for the other kinds.
    public var splits: [Split]?
    /// Gold items not matched under strict rules.
    public var missed: [EvaluationItem]
    /// Found items not matched under strict rules.
    public var spurious: [EvaluationItem]

    public init(
        kind: ScoredKind, gold: Int, found: Int, strict: Scores, lenient: Scores, splits: [Split]? = nil,
        missed: [EvaluationItem] = [], spurious: [EvaluationItem] = []
    ) {
        self.kind = kind
        self.gold = gold
        self.found = found
        self.strict = strict
        self.lenient = lenient
        self.splits = splits
        self.missed = missed
        self.spurious = spurious
    }
}
