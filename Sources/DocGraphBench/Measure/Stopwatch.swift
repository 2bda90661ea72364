import Foundation

/// Wall-clock timing of a piece of work, with a monotonic clock.
public enum Stopwatch {
    /// Runs `work` and returns how many seconds it took.
    public static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The current monotonic time in seconds, for timing asynchronous work.
    public static var now: Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}
