import DocGraphKit
import DocGraphTestSupport
import Foundation

/// Documents and their text analysis, as the pipeline would hand them to the extractor.
enum Analysis {
    /// Sentences and tokens of a document.
    static func annotations(of document: Document, mentions: [Mention] = []) -> Annotations {
        var annotations = TextAnalyzer().analyze(document)
        annotations.mentions = mentions
        return annotations
    }

    /// A seed file read as a dated document.
    static func seed(_ url: URL) throws -> Document {
        let text = try String(contentsOf: url, encoding: .utf8)
        let date = DocumentDating.date(inLeadingText: DocumentDating.leadingText(of: text))
        return Document(
            id: SHA256.hexDigest(of: Data(text.utf8)), name: url.lastPathComponent, source: url.path, format: "text",
            date: date, text: text)
    }
}
