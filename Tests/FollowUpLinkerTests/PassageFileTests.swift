import DocGraphKit
import Foundation
import Testing
@testable import FollowUpLinker

/// The linker's file of documents' passages, words and term counts gives back what was written, leaves
/// nothing in its folder, and says what went wrong and where when it cannot be used.
@Suite struct PassageFileTests {
    let first = DocumentWords(
        writtenWords: [7, 3, 12], termEntries: [.init(term: 1, count: 2), .init(term: 5, count: 1)],
        passages: [
            CorpusPassage(
                range: TextRange(start: 0, end: 11), scalars: 0..<11, words: 0..<2, counts: 0..<1, isHeading: true, heading: nil,
                boilerplateKey: 42),
            CorpusPassage(
                range: TextRange(start: 13, end: 30), scalars: 13..<29, words: 2..<3, counts: 1..<2, isHeading: false, heading: 0,
                boilerplateKey: -7, pointsBack: true),
        ])
    let second = DocumentWords(writtenWords: [4], termEntries: [.init(term: 9, count: 3)])

    /// A new empty folder for one test.
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("passage-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func readsBackEachDocumentInAnyOrder() throws {
        let file = try PassageFile()
        let firstAt = try file.append(first)
        let emptyAt = try file.append(DocumentWords())
        let secondAt = try file.append(second)
        // 3 words of 4 bytes, 2 counts of 8 and 2 passages of 48.
        #expect(firstAt == .init(offset: 0, wordCount: 3, entryCount: 2, passageCount: 2))
        #expect(emptyAt == .init(offset: 124, wordCount: 0, entryCount: 0))
        #expect(secondAt == .init(offset: 124, wordCount: 1, entryCount: 1))
        #expect(try file.read(secondAt) == second)
        #expect(try file.read(firstAt) == first)
        #expect(try file.read(emptyAt) == DocumentWords())
    }

    @Test func leavesNothingInItsFolder() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try PassageFile(folder: folder.path)
        _ = try file.append(first)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aFolderThatIsNotThereIsNamed() {
        #expect(throws: PassageFileError(action: "make", folder: "/no-such-folder-for-passages", code: ENOENT)) {
            try PassageFile(folder: "/no-such-folder-for-passages")
        }
        #expect(PassageFileError(action: "make", folder: "/no-such-folder-for-passages", code: ENOENT).description
            == "cannot make the linker's temporary file of passages in /no-such-folder-for-passages: No such file or directory")
    }

    @Test func readingPastTheEndFails() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try PassageFile(folder: folder.path)
        _ = try file.append(second)
        let error = #expect(throws: PassageFileError.self) {
            try file.read(.init(offset: 12, wordCount: 2, entryCount: 0))
        }
        #expect(error?.description
            == "cannot read from the linker's temporary file of passages in \(folder.path): Input/output error")
    }

    @Test func theCorpusReadsEachDocumentsPassagesAndWordsBackFromItsFile() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let linked = try LinkedStore([
            .init(name: "first.txt", date: "2016-12", text: "Winter news\n\nI will open a drop-in centre by March. The budget was set."),
            .init(name: "second.txt", date: "2017-04", text: "Spring news\n\nThe drop-in centre opened in April."),
        ])
        let corpus = try FollowUpCorpus(
            graph: linked.store, lexicon: try FollowUpLexicon(wordLists: LinkedStore.coreLists), temporaryFolder: folder.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let sentences = try corpus.documents.indices.map { document in
            let contents = try corpus.contents(ofDocument: document)
            #expect(contents.passages.count == corpus.documents[document].passageCount)
            return contents.passages.indices.map { passage in
                corpus.written(of: PassageKey(document: document, passage: passage), in: contents.words).joined(separator: " ")
            }
        }
        #expect(sentences == [
            ["Winter news", "I will open a drop-in centre by March", "The budget was set"],
            ["Spring news", "The drop-in centre opened in April"],
        ])
    }
}
