/// Why an external plugin gave no usable answer for a document. Each becomes a warning for that
/// document, and the process is stopped so the next document gets a fresh one.
enum ExternalPluginFailure: Error, Hashable, Sendable, CustomStringConvertible {
    case cannotStart(String)
    case exited(status: Int32)
    case killedBySignal(Int32)
    case timedOut(seconds: Double)
    case lineTooLong(limit: Int)
    case badLine(String)
    case wrongDocument(expected: String, received: String)
    case protocolMismatch(Int)
    case stoppedReading
    case closedOutput

    var description: String {
        switch self {
        case .cannotStart(let reason): return "could not start: \(reason)"
        case .exited(let status): return "exited with status \(status) before answering"
        case .killedBySignal(let signal): return "was killed by signal \(signal) before answering"
        case .timedOut(let seconds): return "did not answer within \(ExternalPluginFailure.format(seconds)) s"
        case .lineTooLong(let limit): return "wrote more than \(limit) bytes without a line end"
        case .badLine(let reason): return "wrote a line that is not a protocol message: \(reason)"
        case .wrongDocument(let expected, let received):
            return "answered for document '\(received)' instead of '\(expected)'"
        case .protocolMismatch(let theirs):
            return "speaks protocol \(theirs), but this docgraph speaks protocol \(ExternalPluginProtocol.version)"
        case .stoppedReading: return "stopped reading its input"
        case .closedOutput: return "closed its output but kept running"
        }
    }

    /// Seconds without a trailing `.0`.
    private static func format(_ seconds: Double) -> String {
        seconds.rounded() == seconds && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}
