/// The two ways every kind is scored, on the model of GATE's corpus QA.
///
/// - strict: the rules of `../shared/gold/README.md` as written: names equal after
///   normalising; at least half of the keywords or title words; meeting dates agreeing at the
///   coarser precision.
/// - lenient: names where one's words are a contiguous run of the other's ("Smith" and
///   "Jane Smith"); at least a third of the keywords or title words; meeting dates ignored.
///
/// Lenient pairs are only sought among what strict matching left unpaired, so lenient figures
/// are never below strict ones.
public enum MatchMode: String, Hashable, Sendable, Codable, CaseIterable {
    case strict
    case lenient

    /// True when `found` of `total` keywords is enough: half for strict, a third for lenient.
    /// Never true for an empty list.
    public func isEnough(_ found: Int, of total: Int) -> Bool {
        guard total > 0 else { return false }
        switch self {
        case .strict: return found * 2 >= total
        case .lenient: return found * 3 >= total
        }
    }
}
