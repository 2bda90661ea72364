import DocGraphStore

/// `all`, `any`, `none` and `single` over a list's predicate results, with null semantics.
struct QuantifierAccumulator<Kind: QuantifierKind>: SQLAccumulator {
    var trues = 0
    var falses = 0
    var nulls = 0
    init() {}
    mutating func step(_ arguments: [SQLValue]) throws {
        switch try ValueCodec.value(arguments.first ?? .null) {
        case .boolean(true): trues += 1
        case .boolean(false): falses += 1
        case .null: nulls += 1
        case let other: throw CypherOperators.typeError("a list predicate must be a boolean, not \(other.typeName)")
        }
    }
    func result() throws -> SQLValue {
        guard let answer = Kind.decide(trues: trues, falses: falses, nulls: nulls) else { return .null }
        return ValueCodec.sqlValue(.boolean(answer))
    }
}
