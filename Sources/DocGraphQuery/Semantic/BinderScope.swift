/// The variables visible at one point of a query and what each holds.
struct BinderScope {
    var types: [String: VariableType] = [:]

    subscript(name: String) -> VariableType? {
        get { types[name] }
        set { types[name] = newValue }
    }

    var names: [String] { types.keys.sorted() }

    /// Declares a variable that must not exist yet (UNWIND, YIELD aliases).
    mutating func declareNew(_ variable: Variable, as type: VariableType) throws(QueryError) {
        if types[variable.name] != nil {
            throw QueryError.semantic("VariableAlreadyBound", "the variable \(variable.name) is already defined", at: variable.range)
        }
        types[variable.name] = type
    }
}
