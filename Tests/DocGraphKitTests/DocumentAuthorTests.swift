import DocGraphKit
import DocGraphTestSupport
import Testing

@Suite struct DocumentAuthorTests {
    let titles: Set<String> = ["police and crime commissioner", "commissioner", "mayor", "chief constable"]

    func author(_ text: String, metadata: [String: String] = [:]) -> DocumentAuthor? {
        var document = DocumentFixtures.document(text)
        document.metadata = metadata
        return DocumentAuthor.find(in: document, titles: titles)
    }

    @Test func aSignatureNamesTheAuthor() throws {
        let text = "I will do my best.\n\nJane Example OBE\nNorthshire Police and Crime Commissioner\n"
        let found = try #require(author(text))
        #expect(found.name == "Jane Example")
        #expect(found.title == "Police and Crime Commissioner")
        #expect(found.nameRange.map { DocumentFixtures.document(text).text(in: $0) } == "Jane Example")
        #expect(found.office == "Office of the Police and Crime Commissioner")
    }

    @Test func aLetterheadBrokenOverLinesNamesTheAuthor() {
        let text = "\n\nJane Example\n**Police and Crime\nCommissioner**\nfor Northshire\n\nItem 3\n"
        #expect(author(text) == DocumentAuthor(
            name: "Jane Example", title: "Police and Crime Commissioner", nameRange: TextRange(start: 2, end: 14)))
    }

    @Test func theNameSignedMostOftenWins() {
        let text = "Jon Smyth\nMayor\n\nText.\n\nJohn Smith\nMayor\n\nMore.\n\nJohn Smith\nMayor of Northtown\n"
        #expect(author(text)?.name == "John Smith")
    }

    @Test func metadataNamesTheAuthorFirst() {
        let text = "Notes of the day.\n\nJohn Smith\nMayor\n"
        let found = author(text, metadata: ["author": "Jane Example <jane@example.org>"])
        #expect(found?.name == "Jane Example")
        #expect(found?.nameRange == nil)
        #expect(found?.title == nil)
    }

    @Test(arguments: [
        "Picture roundup\nThe Mayor opened the fair.\n",
        "Police and Crime Commissioner\nJane Example spoke.\n",
        "Jane Example\nWarden of the castle\n",
        "Cyber Safe Northshire\nThe website launches with help from the Commissioner, who said it was a good day for everyone.\n",
    ])
    func noSignatureNoAuthor(text: String) {
        #expect(author(text) == nil)
    }
}
