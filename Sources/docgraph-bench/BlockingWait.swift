import DocGraphBench
import Foundation

/// Runs asynchronous work from synchronous code and waits for its result on a semaphore; for a
/// command-line entry point only, never on a task's thread.
final class BlockingWait<Value: Sendable>: @unchecked Sendable {
    private var outcome: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    static func result(_ work: @escaping @Sendable () async throws -> Value) throws -> Value {
        let wait = BlockingWait()
        Task {
            do {
                wait.outcome = .success(try await work())
            } catch {
                wait.outcome = .failure(error)
            }
            wait.done.signal()
        }
        wait.done.wait()
        guard let outcome = wait.outcome else { throw BenchError("the benchmark stopped without a result") }
        return try outcome.get()
    }
}
