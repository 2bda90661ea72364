import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing
import TextReader

/// Texts assembled from awkward pieces: the reader and the text analysis must keep their
/// contracts on all of them and never crash.
@Suite struct TextReaderRobustnessTests {
    static let pieces = [
        "\n", "\n\n", " ", "\u{A0}", ".", "...", "!", "?", ":", "•", "- ", "* ", "**", "# ", "(", ")", "“", "”", "’",
        "March", "6", "8 March", "10 Sept:", "Friday", "by the end of", "2016-17", "£4.030m", "e.g.", "Dr.", "St",
        "é", "e\u{301}", "👍🏽", "🇬🇧", "Police", "officers", "logoThis", "Pictured", "1)", "2.", "\t", "www.a.org", "@x",
    ]

    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func keepsItsContractsOnAwkwardTexts() throws {
        var generator = Generator(state: 2017)
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<(1 + generator.next(below: 40)) { text += Self.pieces[generator.next(below: Self.pieces.count)] }
            guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { continue }
            let input = DocumentFixtures.readerInput(text)
            let result = try #require(ReaderConformance.check(TextReader(), on: input), "\(text.debugDescription)")
            let annotations = TextAnalyzer().analyze(result.document)
            for sentence in annotations.sentences {
                #expect(TextBoundaries.problem(with: sentence.range, in: text, utf8Count: text.utf8.count) == nil,
                        "\(text.debugDescription)")
            }
            let dates = DateNormaliser(reference: PartialDate(iso: "2017-03-23")).expressions(in: text)
            #expect(dates.allSatisfy { TextBoundaries.isInside($0.range, utf8Count: text.utf8.count) })
        }
    }

    @Test func survivesInvalidBytesEverywhere() throws {
        var generator = Generator(state: 99)
        for _ in 0..<100 {
            let bytes = Data((0..<(1 + generator.next(below: 64))).map { _ in UInt8(1 + generator.next(below: 255)) })
            let input = DocumentFixtures.readerInput(bytes: bytes)
            do {
                let result = try TextReader().read(input)
                ReaderConformance.check(TextReader(), on: input)
                _ = TextAnalyzer().analyze(result.document)
            } catch let error as ReadError {
                let expected = [
                    "the file is empty",
                    "the file starts with a UTF-16 byte order mark but is not valid UTF-16; save it as UTF-8",
                ]
                #expect(expected.contains(error.message))
            }
        }
    }
}
