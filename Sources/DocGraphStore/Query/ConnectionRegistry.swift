import Foundation

/// The ``ConnectionFunctions`` of each connection a store lends to sessions, so that a library
/// is registered on a connection once rather than by every session.
///
/// Connections are known by their SQLite handle. Entries are weak: once SQLite has closed a
/// connection and released its functions, the entry is empty, and a new connection that
/// happens to get the same address starts afresh.
final class ConnectionRegistry: @unchecked Sendable {
    private struct Entry {
        weak var functions: ConnectionFunctions?
    }

    private let lock = NSLock()
    private var entries: [OpaquePointer: Entry] = [:]

    /// The functions of `connection`, made on its first session. The caller keeps a strong
    /// reference while it uses them: until a library is registered, nothing else does.
    func functions(of connection: OpaquePointer) -> ConnectionFunctions {
        lock.withLock {
            if let functions = entries[connection]?.functions { return functions }
            entries = entries.filter { $0.value.functions != nil }
            let functions = ConnectionFunctions()
            entries[connection] = Entry(functions: functions)
            return functions
        }
    }
}
