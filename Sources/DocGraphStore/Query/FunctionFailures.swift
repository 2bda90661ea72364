import Foundation

/// The first error a registered function threw during a statement, so the caller sees it as
/// thrown rather than as SQLite's text.
final class FunctionFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var first: (any Error)? { lock.withLock { stored } }
    func record(_ error: any Error) { lock.withLock { if stored == nil { stored = error } } }
    func clear() { lock.withLock { stored = nil } }
}
