import DocGraphKit
import Foundation

/// The one long-lived process of an external plugin, shared by every document of a run.
///
/// Documents run concurrently but the protocol is one request, one reply, so every use of the
/// process holds `lock` (the reason this class is `@unchecked Sendable`: its mutable state is
/// only touched under the lock). A failure stops the process; the next document starts a new
/// one. After `failuresBeforeDisabling` failures in a row the plugin is disabled for the run.
final class ExternalPluginSession: @unchecked Sendable {
    let configuration: ExternalPluginConfiguration
    private let log: @Sendable (String) -> Void
    private let lock = NSLock()
    private var process: PluginProcess?
    private var failuresInARow = 0
    private var lastStderr = ""

    init(configuration: ExternalPluginConfiguration, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.log = log
    }

    deinit {
        process?.stop(grace: .zero)
    }

    private var timeout: Duration { .milliseconds(Int64(max(0.001, configuration.timeout) * 1000)) }

    /// Runs the plugin over one document. Never throws: every failure is a warning.
    func run(_ document: Document, annotations: Annotations, options: Properties) -> Annotations {
        lock.withLock {
            let id = configuration.id
            guard failuresInARow < configuration.failuresBeforeDisabling else {
                return Annotations(warnings: [
                    "external plugin \(id) was disabled after \(failuresInARow) failures in a row, so it did not run",
                ])
            }
            do {
                let result = try exchange(document, annotations: annotations, options: options)
                failuresInARow = 0
                return result
            } catch {
                let tail = process?.stderr.lastLine().map { " (its stderr ends: \($0))" } ?? ""
                stopProcess(grace: .zero)
                failuresInARow += 1
                let next = failuresInARow >= configuration.failuresBeforeDisabling
                    ? "it is disabled for the rest of the run after \(failuresInARow) failures in a row"
                    : "it will be started afresh for the next document"
                return Annotations(warnings: ["external plugin \(id) \(error)\(tail); \(next)"])
            }
        }
    }

    /// What the most recent process wrote to stderr (bounded).
    var recentStderr: String {
        lock.withLock { process?.stderr.text ?? lastStderr }
    }

    /// Ends the process, letting it finish for up to `grace` after its stdin closes.
    func shutdown(grace: Duration = .seconds(2)) {
        lock.withLock { stopProcess(grace: grace) }
    }

    private func stopProcess(grace: Duration) {
        guard let process else { return }
        process.stop(grace: grace)
        lastStderr = process.stderr.text
        self.process = nil
    }

    private func exchange(
        _ document: Document, annotations: Annotations, options: Properties
    ) throws(ExternalPluginFailure) -> Annotations {
        let running = try started(options: options)
        let offsets = UnicodeScalarOffsets(document.text)
        let request = try encode(DocumentRequest(document: document, annotations: annotations, offsets: offsets))
        let (line, unrequested) = try running.exchange(request, timeout: timeout)
        let reply = try PluginReplyReader.decode(DocumentResponse.self, from: line)
        guard reply.id == document.id else { throw .wrongDocument(expected: document.id, received: reply.id) }
        if let version = reply.protocol, version != ExternalPluginProtocol.version { throw .protocolMismatch(version) }
        var result: Annotations
        switch reply.type {
        case "result":
            result = PluginReplyReader(
                pluginID: configuration.id, document: document, annotations: annotations, offsets: offsets
            ).annotations(from: reply)
        case "error":
            result = Annotations(warnings: [
                "external plugin \(configuration.id) could not handle the document: \(reply.message ?? "no reason given")",
            ])
        default:
            throw .badLine("'type' must be \"result\" or \"error\", not \"\(reply.type)\"")
        }
        if unrequested > 0 {
            result.warnings.append("external plugin \(configuration.id) wrote \(unrequested) bytes to stdout "
                + "that were not an answer; they were ignored (write logs to stderr)")
        }
        return result
    }

    /// The running process, started and greeted if there is none.
    private func started(options: Properties) throws(ExternalPluginFailure) -> PluginProcess {
        if let process { return process }
        let started = try PluginProcess(
            executable: configuration.executable(), arguments: configuration.arguments,
            directory: configuration.directory, maxLineBytes: configuration.maxLineBytes,
            stderrCapacity: configuration.stderrBytes, logPrefix: "[\(configuration.id)] ", log: log)
        process = started
        let hello = try encode(PluginHello(plugin: configuration.id, options: options))
        let reply = try PluginReplyReader.decode(PluginHelloReply.self, from: started.exchange(hello, timeout: timeout).reply)
        guard reply.type == "hello" else { throw .badLine("the first line must be the hello, not \"\(reply.type)\"") }
        guard reply.protocol == ExternalPluginProtocol.version else { throw .protocolMismatch(reply.protocol) }
        return started
    }

    private func encode(_ message: some Encodable) throws(ExternalPluginFailure) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(message))
        } catch {
            throw .badLine("the request could not be written as JSON (\(error))")
        }
    }
}
