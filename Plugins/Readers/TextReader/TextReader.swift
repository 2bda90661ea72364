import DocGraphKit
import Foundation

/// The reader for plain text files (`text-reader.v1`).
///
/// It keeps the file's text as the document's text, changing only CRLF line ends to LF (and
/// dropping a byte order mark), so offsets match the file a user opens. Invalid UTF-8 is
/// replaced with U+FFFD and reported in a warning; UTF-16 files with a byte order mark are
/// decoded too. The text's structure becomes blocks: headings (short lines without final
/// punctuation, markdown `#` and `**bold**` lines, numbered report sections such as
/// "8) Unauthorised Traveller Encampments"), paragraphs (wrapped lines joined), list items
/// (bullets, numbered items, and diary entries such as "March 6: Visit to ..." with
/// `list: diary` and their `date` resolved against the document's date), and captions
/// ("Pictured ...", "... logo", picture text glued to a paragraph). Lines around the content
/// are paragraphs with a `role`: `letterhead`, `chrome`, `dateline` or `signature`. The
/// title, date and kind come from ``DocumentDating``.
public struct TextReader: DocumentReader {
    public let manifest = PluginManifest(
        id: "text-reader.v1", name: "Text reader",
        summary: "Plain text files (.txt): headings, paragraphs, lists, diary entries and captions; title, date and kind.",
        kind: .reader, produces: ["document", "blocks"])

    public let format = "text"

    public init() {}

    /// 90 for a `.txt` or `.text` file holding text; 40 for text with another or no extension,
    /// so a reader for its own format wins; 10 for text under the extension of another format;
    /// 0 for binary content.
    public func fitness(for input: ReaderInput) -> Int {
        ContentSniffer.fitness(bytes: input.bytes, fileExtension: input.fileExtension)
    }

    public func read(_ input: ReaderInput) throws -> ReadResult {
        let (text, replaced) = try TextDecoding.decode(input.bytes, limits: input.limits)
        let (title, date) = DocumentDating.titleAndDate(inLeadingText: DocumentDating.leadingText(of: text))
        let blocks = BlockFinder(text: text, date: date, title: title).blocks()
        let document = Document(
            id: input.documentID, name: input.name, source: input.url.isFileURL ? input.url.path : input.url.absoluteString,
            format: format, title: title, date: date, kind: DocumentDating.kind(of: text), text: text, blocks: blocks)
        return ReadResult(document: document, warnings: TextDecoding.warning(replaced: replaced).map { [$0] } ?? [])
    }
}
