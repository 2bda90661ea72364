import DocGraphKit
import Foundation

/// A reader for `.note` files written for the pipeline's tests: the text is the file's text.
struct NoteReader: DocumentReader {
    let manifest = PluginManifest(id: "note-reader.v1", name: "Notes", summary: "Reads .note files", kind: .reader)
    let format = "note"

    func fitness(for input: ReaderInput) -> Int { input.fileExtension == "note" ? 50 : 0 }

    func read(_ input: ReaderInput) throws -> ReadResult {
        let text = String(decoding: input.bytes, as: UTF8.self)
        if text.hasPrefix("BROKEN") { throw ReadError("the note is broken") }
        return ReadResult(document: Document(
            id: input.documentID, name: input.name, source: input.url.path, format: format, text: text,
            blocks: [Block(kind: .paragraph, range: TextRange(start: 0, end: text.utf8.count))]))
    }
}

/// Marks every capitalised two-word name as a Person, and throws on documents that say "EXPLODE".
struct CapitalisedNameExtractor: Extractor {
    let manifest = PluginManifest(
        id: "names.v1", name: "Names", summary: "Capitalised word pairs", kind: .extractor, produces: ["Person"])

    func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        if document.text.contains("EXPLODE") { throw ReadError("cannot cope with this document") }
        var result = Annotations()
        let words = document.text.split(separator: " ", omittingEmptySubsequences: true)
        var index = 0
        while index + 1 < words.count {
            let first = words[index]
            let second = words[index + 1].trimmingCharacters(in: .punctuationCharacters)
            if first.first?.isUppercase == true, second.first?.isUppercase == true, first.count > 1, second.count > 1 {
                let start = document.text.utf8.distance(from: document.text.utf8.startIndex, to: first.startIndex)
                let name = "\(first) \(second)"
                result.mentions.append(Mention(
                    id: "names.v1#\(result.mentions.count)", label: "Person",
                    range: TextRange(start: start, end: start + name.utf8.count), text: name, extractor: manifest.id))
                index += 2
            } else {
                index += 1
            }
        }
        return result
    }
}
