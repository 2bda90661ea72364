import DocGraphKit
import Foundation

/// A reader that makes one paragraph of the whole text, or breaks the contract on request.
struct FixtureReader: DocumentReader {
    var overlapping = false
    var wrongID = false
    let manifest = PluginManifest(id: "fixture-reader.v1", name: "Fixture", summary: "test", kind: .reader)
    let format = "text"

    func fitness(for input: ReaderInput) -> Int { 50 }

    func read(_ input: ReaderInput) throws -> ReadResult {
        let text = String(decoding: input.bytes, as: UTF8.self)
        let count = text.utf8.count
        var blocks = [Block(kind: .paragraph, range: TextRange(start: 0, end: count))]
        if overlapping { blocks.append(Block(kind: .paragraph, range: TextRange(start: 0, end: 1))) }
        let document = Document(id: wrongID ? "x" : input.documentID, name: input.name, source: input.url.path,
                                format: format, text: text, blocks: blocks)
        return ReadResult(document: document)
    }
}
