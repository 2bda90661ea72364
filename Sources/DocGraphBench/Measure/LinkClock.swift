import Foundation

/// Remembers when the linking phase of an ingest began; progress events arrive on any thread.
final class LinkClock: @unchecked Sendable {
    private let lock = NSLock()
    private var start: Double?

    func mark() {
        lock.lock()
        defer { lock.unlock() }
        if start == nil { start = Stopwatch.now }
    }

    var started: Double? {
        lock.lock()
        defer { lock.unlock() }
        return start
    }
}
