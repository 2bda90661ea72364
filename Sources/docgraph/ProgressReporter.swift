import DocGraphPipeline
import Foundation

/// Shows an ingest's progress: a bar redrawn in place on a terminal, one plain line per file
/// otherwise (so logs and pipes stay readable). Failures and warnings are always printed.
final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let interactive: Bool
    private let quiet: Bool
    private var barShown = false

    init(interactive: Bool = Terminal.standardErrorIsTerminal, quiet: Bool = false) {
        self.interactive = interactive
        self.quiet = quiet
    }

    func report(_ event: IngestEvent) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .started(let total):
            if interactive && !quiet { draw(done: 0, total: total, name: "") }
        case .finished(let outcome, let index, let total):
            let name = URL(fileURLWithPath: outcome.path).lastPathComponent
            if outcome.status == .failed {
                clearBar()
                Terminal.error("error: \(outcome.path): \(outcome.message ?? "failed")")
            }
            for warning in outcome.warnings {
                clearBar()
                Terminal.error("warning: \(outcome.path): \(warning)")
            }
            if quiet { return }
            if interactive {
                draw(done: index, total: total, name: name)
            } else if outcome.status != .failed {
                let note = outcome.message.map { " (\($0))" } ?? ""
                Terminal.error("[\(index)/\(total)] \(outcome.status.rawValue) \(outcome.path)\(note)")
            }
        case .linking:
            if !quiet && !interactive { Terminal.error("linking documents") }
        }
    }

    /// Removes the bar before the summary is printed.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        clearBar()
    }

    private func draw(done: Int, total: Int, name: String) {
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let shown = name.count > 40 ? String(name.prefix(37)) + "..." : name
        Terminal.errorInPlace("\r\u{1B}[K[\(bar)] \(done)/\(total) \(shown)")
        barShown = true
    }

    private func clearBar() {
        if barShown {
            Terminal.errorInPlace("\r\u{1B}[K")
            barShown = false
        }
    }
}
