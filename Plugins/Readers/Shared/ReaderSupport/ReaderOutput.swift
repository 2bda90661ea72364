import DocGraphKit
import Foundation

/// The parts of a ``Document`` every reader fills the same way, so a reader only states what
/// its format told it.
public enum ReaderOutput {
    /// How much of the text the kind is judged from, in UTF-8 bytes.
    public static let kindSampleLength = 256 * 1024

    /// A document for the input, with the text and blocks an assembler built.
    ///
    /// A title or date the format's metadata stated wins; what it left out is read from the
    /// leading text with ``DocumentDating``, as for every other format, and so is the kind (from
    /// the first ``kindSampleLength`` bytes, which hold the cues, so huge files stay quick).
    public static func document(
        for input: ReaderInput, format: String, assembler: TextAssembler, title: String? = nil,
        date: PartialDate? = nil, metadata: [String: String] = [:]
    ) -> Document {
        let text = assembler.text
        let stated = title.map(TextAssembler.collapsing).flatMap { $0.isEmpty ? nil : $0 }
        let found = stated != nil && date != nil ? (title: nil, date: nil) : DocumentDating.titleAndDate(inLeadingText: DocumentDating.leadingText(of: text))
        return Document(
            id: input.documentID, name: input.name, source: input.url.isFileURL ? input.url.path : input.url.absoluteString,
            format: format, title: stated ?? found.title,
            date: date ?? found.date, kind: DocumentDating.kind(of: sample(of: text)), text: text,
            blocks: assembler.blocks, metadata: metadata)
    }

    /// The start of a text, up to ``kindSampleLength`` bytes, cut on a character boundary.
    static func sample(of text: String) -> Substring {
        let utf8 = text.utf8
        guard utf8.count > kindSampleLength else { return text[...] }
        var end = utf8.index(utf8.startIndex, offsetBy: kindSampleLength)
        while end > utf8.startIndex, end.samePosition(in: text.unicodeScalars) == nil { end = utf8.index(before: end) }
        return text[..<end]
    }

    /// The warning given when a file yields no text at all.
    public static let emptyWarning = "no text was found in the file"

    /// The result for a document, with ``emptyWarning`` (or the reader's own wording) added
    /// when the document has no text, so an empty result never passes unremarked.
    public static func result(_ document: Document, warnings: [String], whenEmpty: String = emptyWarning) -> ReadResult {
        ReadResult(document: document, warnings: document.text.isEmpty ? warnings + [whenEmpty] : warnings)
    }
}
