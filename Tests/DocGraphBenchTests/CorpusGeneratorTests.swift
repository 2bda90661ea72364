import DocGraphBench
import Foundation
import Testing

@Suite struct CorpusGeneratorTests {
    static let seedText = """
        Monthly update from the Ashcombe Police and Crime Commissioner
        March 2017
        Councillor Jane Smith met the Ashcombe District Council in Brampton on Monday to discuss rural crime and the new plan for the county.
        Cllr Smith said that the work of the Rural Crime Team would continue throughout 2017 and into 2018 with more officers.
        A new partnership with the Brampton Youth Council was agreed at a meeting with Chief Inspector Tom Oakley in May.
        """

    @Test func sameSeedSameDocument() throws {
        let generator = try CorpusGenerator(seedTexts: [Self.seedText])
        #expect(generator.document(number: 7, seed: 3) == generator.document(number: 7, seed: 3))
        #expect(generator.document(number: 7, seed: 3) != generator.document(number: 8, seed: 3))
        #expect(generator.document(number: 7, seed: 3) != generator.document(number: 7, seed: 4))
    }

    @Test func documentsReachTheirSizeWithOtherNames() throws {
        let generator = try CorpusGenerator(seedTexts: [Self.seedText])
        for number in 0..<20 {
            let text = generator.document(number: number, seed: 1, targetBytes: 2_000)
            #expect(text.utf8.count >= 2_000)
            for name in ["Smith", "Brampton", "Oakley", "Ashcombe"] {
                #expect(!text.contains(name), "document \(number) still names \(name)")
            }
        }
    }

    @Test func oneDocumentKeepsOnePersonForOneSurname() throws {
        let generator = try CorpusGenerator(seedTexts: [Self.seedText])
        let text = generator.document(number: 2, seed: 9, targetBytes: 5_000)
        // "Councillor Jane Smith" and "Cllr Smith" must become the same generated surname.
        let councillor = try #require(text.firstRange(of: "Councillor ")).upperBound
        let fullName = text[councillor...].prefix { $0 != " " && $0 != "\n" }
        let surname = text[councillor...].dropFirst(fullName.count + 1).prefix { $0.isLetter }
        #expect(text.contains("Cllr \(surname) said"))
    }

    @Test func writesEveryDocumentIntoFoldersOfAThousand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = try CorpusGenerator(seedTexts: [Self.seedText])
        let bytes = try generator.write(documents: 1_002, seed: 1, to: folder, targetBytes: 600)
        let first = try String(contentsOf: folder.appendingPathComponent("part-0000/doc-0000000.txt"), encoding: .utf8)
        #expect(first == generator.document(number: 0, seed: 1, targetBytes: 600))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("part-0001/doc-0001001.txt").path))
        #expect(bytes >= 1_002 * 600)
    }

    @Test func refusesSeedsWithoutParagraphs() {
        #expect(throws: BenchError("the seed documents hold no paragraphs to recombine: give a folder of plain-text newsletters with --seeds")) {
            try CorpusGenerator(seedTexts: ["Short line."])
        }
    }

    @Test func readsTheRepositorySeeds() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let generator = try CorpusGenerator(seedsIn: seeds)
        let text = generator.document(number: 0, seed: 1)
        #expect(text.utf8.count >= 10_000)
    }
}
