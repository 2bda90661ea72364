/// The list predicates `all`, `any`, `none` and `single`.
public enum Quantifier: String, Hashable, Sendable {
    case all
    case any
    case none
    case single
}
