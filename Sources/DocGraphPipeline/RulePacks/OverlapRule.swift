/// How a rule pack settles matches that overlap.
///
/// Either way the longest match wins (counted in tokens); between equally long matches the one
/// that starts first; between matches of the same span the rule written first (lexicons in
/// pack.yaml order, then pattern files, each top to bottom).
public enum OverlapRule: String, Sendable, Hashable {
    /// spaCy's EntityRuler: no two mentions of the pack overlap, whatever their labels.
    case all
    /// Only mentions of the same label exclude each other, so one span can be both a
    /// `DELIVERY_PHRASE` and a `DECISION_WORD`.
    case perLabel = "per-label"
}
