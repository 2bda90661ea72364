/// Prefix operators.
public enum UnaryOperator: String, Hashable, Sendable {
    case not = "NOT"
    case minus = "-"
    case plus = "+"
}
