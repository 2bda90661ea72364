import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One running external plugin: a child process with pipes on stdin, stdout and stderr, spoken
/// to one line at a time.
///
/// All three pipes are non-blocking and served by one `poll` loop, so a plugin that hangs, stops
/// reading, floods stdout or fills stderr can never block docgraph beyond the deadline. Not
/// thread-safe: ``ExternalPluginSession`` serialises every use.
final class PluginProcess {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let exited = DispatchSemaphore(value: 0)
    private let maxLineBytes: Int
    private let log: @Sendable (String) -> Void
    private let logPrefix: String
    /// Bytes read from stdout and not yet handed out.
    private var pending: [UInt8] = []
    private var partialErrorLine: [UInt8] = []
    private var loggedErrorBytes = 0
    private var outputClosed = false
    private var errorsClosed = false
    private var inputBroken = false
    private var stopped = false
    private(set) var stderr: StderrLog

    /// The most stderr bytes passed to the log during one process's life; the rest is kept only
    /// in ``stderr``'s tail.
    static let loggedErrorLimit = 1 << 20

    /// Starts the process.
    init(
        executable: URL, arguments: [String], directory: URL?, maxLineBytes: Int, stderrCapacity: Int,
        logPrefix: String, log: @escaping @Sendable (String) -> Void
    ) throws(ExternalPluginFailure) {
        self.maxLineBytes = maxLineBytes
        self.stderr = StderrLog(capacity: stderrCapacity)
        self.log = log
        self.logPrefix = logPrefix
        PluginProcess.ignoreBrokenPipes
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONUNBUFFERED"] = "1"
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let exited = self.exited
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw .cannotStart("'\(executable.path)' cannot be run (\(error.localizedDescription))")
        }
        for handle in [input.fileHandleForWriting, output.fileHandleForReading, errors.fileHandleForReading] {
            let descriptor = handle.fileDescriptor
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
    }

    deinit {
        stop(grace: .zero)
    }

    /// Writing to a pipe whose reader has died must fail with EPIPE, not kill docgraph with SIGPIPE.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// Sends one line and waits for the next non-blank line of stdout.
    ///
    /// - Returns: the reply without its line end, and how many bytes the plugin wrote to stdout
    ///   since the previous reply that nobody asked for (they are discarded).
    func exchange(_ line: [UInt8], timeout: Duration) throws(ExternalPluginFailure) -> (reply: [UInt8], unrequested: Int) {
        let deadline = ContinuousClock.now + timeout
        readAvailable()
        let unrequested = pending.count { !$0.isWhitespaceByte }
        pending.removeAll()
        let message = line + [UInt8(ascii: "\n")]
        var written = 0
        while true {
            if let reply = takeLine() { return (reply, unrequested) }
            if pending.count > maxLineBytes { throw .lineTooLong(limit: maxLineBytes) }
            if outputClosed { throw exitFailure() }
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else {
                throw inputBroken ? .stoppedReading : .timedOut(seconds: timeout.timeInterval)
            }
            let wantsToWrite = written < message.count && !inputBroken
            waitForPipes(writing: wantsToWrite, timeout: remaining)
            if wantsToWrite { written += writeSome(message, from: written) }
            readAvailable()
        }
    }

    /// Ends the process: closes its stdin, lets it finish for up to `grace`, then kills it.
    func stop(grace: Duration) {
        guard !stopped else { return }
        stopped = true
        try? input.fileHandleForWriting.close()
        if process.isRunning, grace > .zero, exited.wait(timeout: .now() + grace.timeInterval) == .success {
            exited.signal()
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            _ = exited.wait(timeout: .now() + 5)
        }
        try? output.fileHandleForReading.close()
        try? errors.fileHandleForReading.close()
    }

    /// The next complete non-blank line of `pending`, removed from it.
    private func takeLine() -> [UInt8]? {
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            var line = Array(pending[..<newline])
            pending.removeFirst(newline + 1)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if line.contains(where: { !$0.isWhitespaceByte }) { return line }
        }
        return nil
    }

    /// Why the process stopped answering, once its stdout has closed.
    private func exitFailure() -> ExternalPluginFailure {
        if process.isRunning, exited.wait(timeout: .now() + 2) == .success { exited.signal() }
        guard !process.isRunning else {
            return .closedOutput
        }
        if process.terminationReason == .uncaughtSignal { return .killedBySignal(process.terminationStatus) }
        return .exited(status: process.terminationStatus)
    }

    /// Blocks until a pipe is ready or the time is up.
    private func waitForPipes(writing: Bool, timeout: Duration) {
        var descriptors: [pollfd] = []
        if !outputClosed { descriptors.append(pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)) }
        if !errorsClosed { descriptors.append(pollfd(fd: errors.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)) }
        if writing { descriptors.append(pollfd(fd: input.fileHandleForWriting.fileDescriptor, events: Int16(POLLOUT), revents: 0)) }
        let milliseconds = Int32(clamping: max(1, timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        _ = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
    }

    /// Writes what the pipe takes now; returns how many bytes.
    private func writeSome(_ message: [UInt8], from offset: Int) -> Int {
        let count = message[offset...].withUnsafeBytes { buffer in
            write(input.fileHandleForWriting.fileDescriptor, buffer.baseAddress, buffer.count)
        }
        if count < 0 {
            if errno == EPIPE { inputBroken = true }
            return 0
        }
        return count
    }

    /// Reads whatever stdout and stderr hold now, without waiting.
    private func readAvailable() {
        if !outputClosed {
            outputClosed = !drain(output.fileHandleForReading.fileDescriptor, limit: maxLineBytes + 1 - pending.count) {
                pending.append(contentsOf: $0)
            }
        }
        if !errorsClosed {
            errorsClosed = !drain(errors.fileHandleForReading.fileDescriptor, limit: .max) { receiveErrors($0) }
        }
    }

    /// Reads until the pipe is empty, `limit` bytes have come, or it closes; false once closed.
    private func drain(_ descriptor: Int32, limit: Int, into sink: (ArraySlice<UInt8>) -> Void) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        var total = 0
        while total < limit {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return false }
            if count < 0 { return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR }
            sink(buffer[..<count])
            total += count
        }
        return true
    }

    private func receiveErrors(_ chunk: ArraySlice<UInt8>) {
        stderr.append(chunk)
        partialErrorLine.append(contentsOf: chunk)
        while let newline = partialErrorLine.firstIndex(of: UInt8(ascii: "\n")) {
            let line = partialErrorLine[..<newline]
            partialErrorLine.removeFirst(newline + 1)
            logError(String(decoding: line, as: UTF8.self))
        }
        if partialErrorLine.count > 4096 {
            logError(String(decoding: partialErrorLine, as: UTF8.self))
            partialErrorLine.removeAll()
        }
    }

    private func logError(_ line: String) {
        guard loggedErrorBytes < PluginProcess.loggedErrorLimit else { return }
        loggedErrorBytes += line.utf8.count
        log(loggedErrorBytes < PluginProcess.loggedErrorLimit
            ? "\(logPrefix)\(line)" : "\(logPrefix)(further stderr output is not logged)")
    }
}

extension UInt8 {
    /// True for ASCII space, tab, carriage return and line feed.
    fileprivate var isWhitespaceByte: Bool {
        self == 0x20 || self == 0x09 || self == 0x0D || self == 0x0A
    }
}

extension Duration {
    var timeInterval: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
