import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing
import TextReader

/// The five seeds read end to end.
@Suite struct TextReaderSeedTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        let file: String
        let date: String
        let kind: DocumentKind
        let title: String
        let diary: [String]
        var testDescription: String { file }
    }

    static let newsletterTitle = "Monthly update from Warwickshire's Police and Crime Commissioner"

    static let seeds = [
        Expected(file: "000_0de250827f1bd0a2.txt", date: "2017-03", kind: .newsletter, title: newsletterTitle,
                 diary: ["2017-03-06", "2017-03-07", "2017-03-08", "2017-03-08", "2017-03-13", "2017-03-15",
                         "2017-03-22", "2017-03-28", "2017-03-29", "2017-03-30"]),
        Expected(file: "001_9da314cc6a9fe4da.txt", date: "2017-03-23", kind: .report,
                 title: "Report to the Police and Crime Panel", diary: []),
        Expected(file: "002_beac637aa5a014bf.txt", date: "2016-12", kind: .newsletter, title: newsletterTitle,
                 diary: ["2016-12-02", "2016-12-05", "2016-12-06", "2016-12-08", "2016-12-13", "2016-12-14",
                         "2016-12-15", "2016-12-19", "2016-12-20"]),
        Expected(file: "003_81907808ba1dbcd4.txt", date: "2017-09", kind: .newsletter, title: "MONTHLY UPDATE",
                 diary: ["2017-09-10", "2017-09-11", "2017-09-12", "2017-09-13", "2017-09-14", "2017-09-15",
                         "2017-09-19", "2017-09-25", "2017-09-29"]),
        Expected(file: "004_94bf3c743eff976e.txt", date: "2017-07", kind: .newsletter, title: newsletterTitle,
                 diary: ["2017-07-11", "2017-07-12", "2017-07-19", "2017-07-21", "2017-07-26", "2017-07-29",
                         "2017-08-02"]),
    ]

    private func read(_ file: String) throws -> ReadResult {
        let input = try DocumentFixtures.readerInput(contentsOf: SharedPaths.seeds.appendingPathComponent(file))
        return try #require(ReaderConformance.check(TextReader(), on: input))
    }

    @Test(arguments: seeds)
    func readsDateKindTitleAndDiary(expected: Expected) throws {
        let result = try read(expected.file)
        let document = result.document
        #expect(result.warnings.isEmpty)
        #expect(document.date?.iso == expected.date)
        #expect(document.kind == expected.kind)
        #expect(document.title == expected.title)
        let diary = document.blocks.filter { $0.attributes["list"] == "diary" }
        #expect(diary.map { $0.attributes["date"] ?? "-" } == expected.diary)
        #expect(diary.allSatisfy { $0.kind == .listItem })
    }

    @Test(arguments: seeds)
    func keepsTheFileTextAndCoversItsLines(expected: Expected) throws {
        let url = SharedPaths.seeds.appendingPathComponent(expected.file)
        let document = try read(expected.file).document
        #expect(document.text == (try String(contentsOf: url, encoding: .utf8)))
        let covered = document.blocks.reduce(0) { $0 + $1.range.length }
        let visible = document.text.split(whereSeparator: \.isNewline).reduce(0) {
            $0 + $1.trimmingCharacters(in: .whitespaces).utf8.count
        }
        #expect(covered >= visible * 9 / 10, "blocks cover too little of \(expected.file)")
    }

    @Test func readsTheReportsNumberedSectionsAsHeadings() throws {
        let document = try read("001_9da314cc6a9fe4da.txt").document
        let headings = document.blocks.filter { $0.kind == .heading }.map { document.text(in: $0.range) }
        #expect(headings.contains("8) Unauthorised Traveller Encampments"))
        #expect(headings.filter { $0.first?.isNumber == true && $0.contains(") ") }.count == 11)
        let bullets = document.blocks.filter { $0.attributes["list"] == "bullet" }
        #expect(bullets.count == 30)
        #expect(bullets.first.map { document.text(in: $0.range) } == "Value for Money, including future sustainability plans,")
    }

    @Test func findsCaptionsAndSignatures() throws {
        let document = try read("000_0de250827f1bd0a2.txt").document
        let captions = document.blocks.filter { $0.kind == .caption }.map { document.text(in: $0.range) }
        #expect(captions.contains("HMIC logo"))
        #expect(captions.contains { $0.hasPrefix("Pictured above at the castle") })
        let signature = document.blocks.filter { $0.attributes["role"] == "signature" }.map { document.text(in: $0.range) }
        #expect(signature == ["Philip Seccombe TD", "Warwickshire Police and Crime Commissioner"])
    }

    @Test func sentencesOfEverySeedStayInsideItsBlocks() throws {
        for expected in Self.seeds {
            let document = try read(expected.file).document
            let sentences = TextAnalyzer().analyze(document).sentences
            #expect(sentences.count > 50)
            for sentence in sentences {
                let block = try #require(sentence.blockIndex.map { document.blocks[$0] })
                #expect(block.range.contains(sentence.range))
            }
        }
    }
}
