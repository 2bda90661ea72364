import Foundation
import DocGraphKit

/// The parts of a ``Document`` every reader fills the same way, so a reader only states what
/// its format told it.
public enum ReaderOutput {
    /// A document for the input, with the text and blocks an assembler built.
    public static func document(
        for input: ReaderInput, format: String, assembler: TextAssembler, title: String? = nil,
        date: PartialDate? = nil, kind: DocumentKind = .other, metadata: [String: String] = [:]
    ) -> Document {
        Document(
            id: input.documentID, name: input.name, source: input.url.isFileURL ? input.url.path : input.url.absoluteString,
            format: format, title: title.map(TextAssembler.collapsing).flatMap { $0.isEmpty ? nil : $0 },
            date: date, kind: kind, text: assembler.text, blocks: assembler.blocks, metadata: metadata)
    }
}
