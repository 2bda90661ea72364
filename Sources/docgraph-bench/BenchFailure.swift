import ArgumentParser
import DocGraphBench
import Foundation

/// Turns a benchmark tool's failure into one line on standard error and exit status 1.
enum BenchFailure {
    static func reporting(_ work: () throws -> Void) throws {
        do {
            try work()
        } catch let error as BenchError {
            note("error: \(error.description)")
            throw ExitCode(1)
        }
    }

    /// A line on standard error, for progress and failures.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
