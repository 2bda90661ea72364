import ArgumentParser

extension CommandFailure {
    /// Runs a command's body, turning a CommandFailure into one line on standard error and its
    /// exit status, so scripts can trust the status and users see what went wrong.
    static func reporting<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let failure as CommandFailure {
            Terminal.error("error: \(failure.message)")
            throw ExitCode(failure.exitCode)
        }
    }

    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as CommandFailure {
            Terminal.error("error: \(failure.message)")
            throw ExitCode(failure.exitCode)
        }
    }
}
