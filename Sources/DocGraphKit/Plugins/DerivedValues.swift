import Synchronization

/// Values plugins work out from word lists (their lexicons), made once and shared by every copy
/// of the lists, so a lexicon is not rebuilt for every document.
final class DerivedValues: Sendable {
    private let values = Mutex<[String: any Sendable]>([:])

    init() {}

    /// The value stored under `key`, made by `make` the first time it is asked for.
    func value<Value: Sendable>(for key: String, make: () throws -> Value) rethrows -> Value {
        if let found = values.withLock({ $0[key] }) as? Value { return found }
        // Two threads may both make it; they make the same value from the same lists.
        let made = try make()
        values.withLock { $0[key] = made }
        return made
    }
}
