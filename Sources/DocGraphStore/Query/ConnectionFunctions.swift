import GRDBSQLite

/// What one SQLite connection has of the functions compiled queries call: the library
/// registered on it last, and where its functions record the errors they throw.
///
/// Every function registered on the connection holds this object, and SQLite releases those
/// functions when the connection closes, so it lives exactly as long as the registrations it
/// describes. Only the session holding the connection uses it, one at a time.
final class ConnectionFunctions {
    /// The errors of the functions registered on the connection, for the session running now.
    let failures = FunctionFailures()
    /// The library whose functions are registered on the connection now.
    private var installed: SQLFunctionLibrary?

    /// Registers a library's functions and aggregates on `connection` unless they are there
    /// already. A function of the same name and argument count registered before is replaced.
    func install(_ library: SQLFunctionLibrary, on connection: OpaquePointer) throws {
        if installed === library { return }
        installed = nil
        for function in library.functions {
            try SQLiteFunctions.register(function, on: connection, for: self)
        }
        for aggregate in library.aggregates {
            try SQLiteFunctions.register(aggregate, on: connection, for: self)
        }
        installed = library
    }
}
