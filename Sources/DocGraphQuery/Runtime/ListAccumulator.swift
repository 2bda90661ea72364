import DocGraphStore

/// Every value of the group in order, nulls included: the list a comprehension builds.
struct ListAccumulator: SQLAccumulator {
    var items: [CypherValue] = []
    init() {}
    mutating func step(_ arguments: [SQLValue]) throws { items.append(try ValueCodec.value(arguments.first ?? .null)) }
    func result() throws -> SQLValue { ValueCodec.sqlValue(.list(items)) }
}
