import Foundation

/// Where a command writes a long output: a file, or standard output. Buffered, so large
/// exports do not make a system call per line.
final class OutputSink {
    private let handle: FileHandle
    private let ownsHandle: Bool
    private var buffer = Data()

    init(path: String?) throws {
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CommandFailure("cannot write \(path): the folder does not exist or is not writable")
            }
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CommandFailure("cannot write \(path)")
            }
            self.handle = handle
            ownsHandle = true
        } else {
            handle = FileHandle.standardOutput
            ownsHandle = false
        }
    }

    func writeLine(_ line: String) throws {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        if ownsHandle { try? handle.close() }
    }
}
