/// One SQLite value as compiled queries bind and read it, without exposing GRDB.
///
/// The query language compiles to SQL and hands the store its arguments as `SQLValue`s; rows come
/// back the same way. SQLite's five storage classes, nothing more.
public enum SQLValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}
