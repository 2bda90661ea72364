/// How a quantifier decides from counts of true, false and null predicate results.
protocol QuantifierKind {
    static func decide(trues: Int, falses: Int, nulls: Int) -> Bool?
}

extension Quantifier {
    enum All: QuantifierKind {
        static func decide(trues: Int, falses: Int, nulls: Int) -> Bool? { falses > 0 ? false : (nulls > 0 ? nil : true) }
    }

    enum AnyOf: QuantifierKind {
        static func decide(trues: Int, falses: Int, nulls: Int) -> Bool? { trues > 0 ? true : (nulls > 0 ? nil : false) }
    }

    enum NoneOf: QuantifierKind {
        static func decide(trues: Int, falses: Int, nulls: Int) -> Bool? { trues > 0 ? false : (nulls > 0 ? nil : true) }
    }

    enum Single: QuantifierKind {
        static func decide(trues: Int, falses: Int, nulls: Int) -> Bool? {
            if trues > 1 { return false }
            if nulls > 0 { return nil }
            return trues == 1
        }
    }
}
