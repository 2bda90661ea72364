import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct WordListsFilesTests {
    @Test func lexiconFilesLoadAsWordLists() throws {
        let folder = try SharedPaths.temporaryDirectory()
        try "# Phrases of delivery.\nhas now been finalised | DELIVERY | relation=fulfilled\n\nAdopted\n"
            .write(to: folder.appendingPathComponent("delivery-cues.txt"), atomically: true, encoding: .utf8)
        try "ignored".write(to: folder.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let lists = try WordLists.load(lexiconsIn: folder)
        #expect(lists.names == ["delivery-cues"])
        #expect(lists["delivery-cues"] == ["has now been finalised", "adopted"])
    }

    @Test func aMissingFolderSaysWhich() {
        #expect(throws: WordListError(path: "/nonexistent/lexicons", reason: "the folder cannot be read")) {
            try WordLists.load(lexiconsIn: URL(fileURLWithPath: "/nonexistent/lexicons"))
        }
        #expect("\(WordListError(path: "/x", reason: "the folder cannot be read"))"
            == "cannot load the lexicon /x: the folder cannot be read")
    }
}

