import DocGraphKit

/// Chooses the reader for a file and reads it, or says in one line why the file cannot be read.
///
/// Every reader rates the file from its content and extension (``DocumentReader/fitness(for:)``)
/// and the highest rating wins, earlier readers winning ties, so content beats extension: an
/// HTML page named `.txt` is read as HTML. Empty files, files over the size limit and files no
/// reader recognises get errors naming the reason; a reader's own failure (a `.docx` that is not
/// a zip archive, a damaged PDF) comes back as its ``ReadError``.
public struct ReaderSelector: Sendable {
    /// The largest file read by default: 100 MB.
    public static let defaultMaxFileBytes = 100 << 20

    public var readers: [any DocumentReader]
    /// Files larger than this many bytes are refused before any reader sees them.
    public var maxFileBytes: Int

    public init(readers: [any DocumentReader], maxFileBytes: Int = ReaderSelector.defaultMaxFileBytes) {
        self.readers = readers
        self.maxFileBytes = maxFileBytes
    }

    /// A selector over the registry's readers.
    public init(registry: PluginRegistry, maxFileBytes: Int = ReaderSelector.defaultMaxFileBytes) {
        self.init(readers: registry.readers, maxFileBytes: maxFileBytes)
    }

    /// The reader that fits the file best.
    /// - Throws: ``ReadError`` for an empty file, a file over the size limit, or one no reader fits.
    public func reader(for input: ReaderInput) throws -> any DocumentReader {
        try checkSize(of: input.bytes.count)
        var best: (reader: any DocumentReader, fitness: Int)?
        for reader in readers {
            let fitness = min(100, reader.fitness(for: input))
            if fitness > 0, fitness > (best?.fitness ?? 0) { best = (reader, fitness) }
        }
        if let best { return best.reader }
        let formats = Set(readers.map(\.format)).sorted().joined(separator: ", ")
        let taken = formats.isEmpty ? "no readers are registered" : "readers here take: \(formats)"
        if input.bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw ReadError("the file is an Office 97-2003 document (.doc, .xls, .ppt), which no reader takes; save it as .docx or PDF")
        }
        if input.looksBinary {
            throw ReadError("the file is binary and no reader recognises its format; \(taken)")
        }
        throw ReadError("no reader recognises the file's format; \(taken)")
    }

    /// Reads the file with the reader that fits it best.
    /// - Throws: ``ReadError`` from the choice or from the reader; any other error a reader
    ///   throws is turned into a ``ReadError`` naming the reader.
    public func read(_ input: ReaderInput) throws -> ReadResult {
        let reader = try reader(for: input)
        do {
            return try reader.read(input)
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError("the \(reader.manifest.id) reader failed: \(error)")
        }
    }

    /// Refuses empty files and files over the size limit. The pipeline may call it with the
    /// size on disk before reading the bytes, so that a huge file is never loaded.
    /// - Throws: ``ReadError`` naming the reason.
    public func checkSize(of byteCount: Int) throws {
        guard byteCount > 0 else { throw ReadError("the file is empty; there is nothing to read") }
        guard byteCount <= maxFileBytes else {
            throw ReadError("the file is \(ReaderSelector.describe(byteCount)), over the \(ReaderSelector.describe(maxFileBytes)) limit for one document; split it or raise the limit (docgraph ingest --max-file-size)")
        }
    }

    /// A size in whole megabytes, or kilobytes or bytes when smaller.
    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return "\((bytes + (1 << 19)) >> 20) MB" }
        if bytes >= 1 << 10 { return "\((bytes + (1 << 9)) >> 10) KB" }
        return "\(bytes) bytes"
    }
}
