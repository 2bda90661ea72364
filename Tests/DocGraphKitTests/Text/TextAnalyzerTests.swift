import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct TextAnalyzerTests {
    @Test func givesTokensAndSentencesOfADocument() {
        let document = DocumentFixtures.paragraphs("The Month Ahead\n\nI met Cllr. Jones. We spoke.")
        let annotations = TextAnalyzer().analyze(document)
        #expect(annotations.sentences.map { document.text(in: $0.range) } ==
                ["The Month Ahead", "I met Cllr. Jones.", "We spoke."])
        #expect(annotations.sentences.map(\.blockIndex) == [0, 1, 1])
        #expect(annotations.tokens.count == 12)
        #expect(annotations.mentions.isEmpty && annotations.facts.isEmpty && annotations.warnings.isEmpty)
    }

    @Test func tokensAreSortedAndFoundBySentence() throws {
        let document = DocumentFixtures.document("One two. Three four five.")
        let annotations = TextAnalyzer().analyze(document)
        #expect(annotations.tokens.map(\.range) == annotations.tokens.map(\.range).sorted())
        let second = try #require(annotations.sentences.last)
        #expect(annotations.tokens(inside: second.range).map(\.text) == ["Three", "four", "five", "."])
    }

    @Test func usesTheAbbreviationsItIsGiven() {
        let document = DocumentFixtures.document("Ask Corp. Jones now.")
        #expect(TextAnalyzer().analyze(document).sentences.count == 2)
        let analyzer = TextAnalyzer(abbreviations: .english.adding(["corp"], as: .neverEnds))
        #expect(analyzer.analyze(document).sentences.count == 1)
    }

    @Test func analysesEverySeedWithSentencesOnCharacterBoundaries() throws {
        for url in try SharedPaths.seedFiles() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let document = DocumentFixtures.paragraphs(text)
            let annotations = TextAnalyzer().analyze(document)
            #expect(annotations.sentences.count > 50, "\(url.lastPathComponent)")
            var previousEnd = 0
            for sentence in annotations.sentences {
                #expect(sentence.range.start >= previousEnd)
                #expect(TextBoundaries.problem(with: sentence.range, in: text, utf8Count: text.utf8.count) == nil)
                let block = try #require(sentence.blockIndex.map { document.blocks[$0] })
                #expect(block.range.contains(sentence.range))
                previousEnd = sentence.range.end
            }
        }
    }
}
