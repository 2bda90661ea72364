import Foundation

/// A CSV file written through a buffer, so millions of rows cost a few hundred writes.
final class BufferedFile {
    private let handle: FileHandle
    private let url: URL
    private var buffer: [UInt8] = []
    static let flushSize = 1 << 20

    init(url: URL) throws {
        self.url = url
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
            throw BenchError("cannot create \(url.path): check that its folder is writable")
        }
        self.handle = handle
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    /// Appends one row, quoting fields that hold a comma, a quote or a line break.
    func append(_ fields: [String]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            if field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
                buffer.append(UInt8(ascii: "\""))
                for byte in field.utf8 {
                    if byte == UInt8(ascii: "\"") { buffer.append(byte) }
                    buffer.append(byte)
                }
                buffer.append(UInt8(ascii: "\""))
            } else {
                buffer.append(contentsOf: field.utf8)
            }
        }
        buffer.append(10)
        if buffer.count >= Self.flushSize { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw BenchError("cannot write \(url.path): \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        try? handle.close()
    }
}
