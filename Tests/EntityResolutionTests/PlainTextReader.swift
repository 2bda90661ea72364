import DocGraphKit
import DocGraphTestSupport
import Foundation

/// Reads `.txt` files as they are, one paragraph block per run of lines: enough structure for
/// the entity extractors, which need no more than the text.
struct PlainTextReader: DocumentReader {
    let manifest = PluginManifest(id: "plain-text.v1", name: "Plain text", summary: "Reads .txt files", kind: .reader)
    let format = "text"

    func fitness(for input: ReaderInput) -> Int { input.fileExtension == "txt" ? 10 : 0 }

    func read(_ input: ReaderInput) throws -> ReadResult {
        let text = String(decoding: input.bytes, as: UTF8.self)
        return ReadResult(document: Document(
            id: input.documentID, name: input.name, source: input.url.path, format: format, text: text,
            blocks: DocumentFixtures.paragraphBlocks(in: text)))
    }
}
