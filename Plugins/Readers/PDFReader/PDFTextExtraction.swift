import DocGraphKit
import Foundation
import ReaderSupport

/// One run of pdftotext over a PDF's bytes: the bytes go to a private temporary file (so the
/// text is of exactly the bytes that were hashed), the text comes back on standard output, and
/// the run is stopped if it passes the time or size limit.
struct PDFTextExtraction {
    let tool: URL
    let timeout: Double
    let limit: Int

    func run(on bytes: Data) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docgraph-pdf-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.pdf")
        let errors = folder.appendingPathComponent("errors.txt")
        do {
            try bytes.write(to: input)
            try Data().write(to: errors)
        } catch {
            throw ReadError("could not write a temporary copy for pdftotext in \(folder.path): \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-layout", "-enc", "UTF-8", input.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ReadError("could not run \(tool.path): \(error.localizedDescription)")
        }
        let watchdog = Watchdog(process: process)
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watchdog.stopIfRunning() }
        var text = Data()
        let reader = output.fileHandleForReading
        var tooLarge = false
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            text.append(chunk)
            if text.count > limit {
                tooLarge = true
                process.terminate()
                break
            }
        }
        process.waitUntilExit()
        if tooLarge {
            throw ReadError("the text is larger than the \(ByteSize.describe(limit)) limit for one document; split the file")
        }
        if watchdog.fired {
            throw ReadError("pdftotext did not finish within \(Int(timeout)) seconds; the PDF may be damaged or too complex")
        }
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            // pdftotext prints warnings before its error; the last line says why it gave up.
            let lastLine = message.split(separator: "\n").last.map { ": " + $0.trimmingCharacters(in: .whitespaces) } ?? ""
            throw ReadError("pdftotext could not read the PDF (exit status \(process.terminationStatus)\(lastLine)); it may be damaged or encrypted")
        }
        return text
    }
}

/// Stops a process that runs too long, and remembers that it did.
private final class Watchdog: @unchecked Sendable {
    private let process: Process
    private let lock = NSLock()
    private var didFire = false

    init(process: Process) {
        self.process = process
    }

    var fired: Bool {
        lock.withLock { didFire }
    }

    func stopIfRunning() {
        lock.withLock {
            guard process.isRunning else { return }
            didFire = true
            process.terminate()
        }
    }
}
