/// The state of one SQL aggregate (such as Cypher's `collect`) over one group of rows.
public protocol SQLAccumulator: SendableMetatype {
    /// A fresh, empty accumulation.
    init()
    /// Takes the arguments of one row.
    mutating func step(_ arguments: [SQLValue]) throws
    /// The aggregate's value for the rows seen.
    func result() throws -> SQLValue
}
