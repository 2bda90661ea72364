import DocGraphKit
import Foundation
import ReaderSupport

/// Reads PDF files through `pdftotext` from poppler-utils (`pdftotext -layout -enc UTF-8`),
/// found on the search path; the text it prints is divided into blocks as plain text is.
///
/// Without pdftotext installed, reading fails with a message that says what to install.
public struct PDFReader: DocumentReader {
    public let manifest = PluginManifest(
        id: "pdf.v1", name: "PDF reader",
        summary: "PDF files through pdftotext (poppler-utils): paragraphs and lists of the text layer",
        kind: .reader, produces: ["document", "blocks"])

    public let format = "pdf"

    /// The directories searched for `pdftotext`, in `PATH` form; `nil` means the process's `PATH`.
    public let searchPath: String?
    /// How long pdftotext may run on one file before it is stopped, in seconds.
    public let timeout: Double

    public init(searchPath: String? = nil, timeout: Double = 120) {
        self.searchPath = searchPath
        self.timeout = timeout
    }

    /// 97 for content with a PDF header; 60 for other `.pdf` files, so that a damaged one gets
    /// pdftotext's own complaint; else 0.
    public func fitness(for input: ReaderInput) -> Int {
        if ContentSniffer(input.bytes).isPDF { return 97 }
        return input.fileExtension == "pdf" ? 60 : 0
    }

    public func read(_ input: ReaderInput) throws -> ReadResult {
        guard let tool = PDFReader.executable(named: "pdftotext", in: searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "")
        else {
            throw ReadError("pdftotext is not installed; install poppler-utils (apt-get install poppler-utils) to read PDF files")
        }
        let output = try PDFTextExtraction(tool: tool, timeout: timeout, limit: input.limits.maxTextBytes).run(on: input.bytes)
        let decoded = TextDecoding.decodeUTF8(output)
        var assembler = TextAssembler(limit: input.limits.maxTextBytes)
        try PlainTextBlocks.append(decoded.text, to: &assembler)
        let document = ReaderOutput.document(for: input, format: format, assembler: assembler)
        return ReaderOutput.result(
            document, warnings: decoded.warning.map { [$0] } ?? [],
            whenEmpty: "the PDF has no text layer (it may hold scanned pages only); nothing was read")
    }

    /// The first executable file with the name in the `PATH`-style list of directories.
    static func executable(named name: String, in path: String) -> URL? {
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
