/// A literal scalar.
public enum Literal: Hashable, Sendable {
    case null
    case boolean(Bool)
    case integer(Int64)
    case float(Double)
    case string(String)
}
