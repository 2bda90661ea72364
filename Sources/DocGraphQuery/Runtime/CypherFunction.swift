/// A Cypher function computed from its argument values alone (no store access), such as
/// `toUpper` or `range`. Functions that read the graph (`labels`, `type`, `properties`, ...)
/// are compiled to SQL over the store's tables instead.
struct CypherFunction: Sendable {
    let name: String
    let arity: ClosedRange<Int>
    let body: @Sendable ([CypherValue]) throws(QueryError) -> CypherValue

    /// The SQL name it is registered under.
    var sqlName: String { "cy_fn_" + name }
}
