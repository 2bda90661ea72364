import DocGraphKit
import DocGraphTestSupport
import Testing

@Suite struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        SentenceSplitter().sentences(in: text).map { Document.slice(text, $0.range) }
    }

    @Test func splitsAtFullStopsQuestionAndExclamationMarks() {
        #expect(split("One is here. Two is there! Three? Four.") == ["One is here.", "Two is there!", "Three?", "Four."])
    }

    @Test(arguments: [
        "I met the Rt Hon Brandon Lewis MP today.",
        "I met Insp. Lucy Sewell today.",
        "Cllr. Smith and Dr. Jones spoke.",
        "Ask Mr. and Mrs. Brown at St. Mary's church.",
        "Some tests, e.g. the first, passed.",
        "Some tests, i.e. those run, passed.",
        "See No. 5 on the list.",
        "The cost was £4.030m in total.",
        "Police numbers rose 2.5 per cent.",
        "Letter from J. R. Smith arrived.",
        "It was held on 10 Sept. 2017 in town.",
        "It says s.40(2) of the Act applies.",
    ])
    func keepsAbbreviationsInitialsAndNumbersInside(sentence: String) {
        #expect(split(sentence) == [sentence])
    }

    @Test func abbreviationsBeforeNumbersCanEndASentence() {
        #expect(split("The answer was no. Then we left.") == ["The answer was no.", "Then we left."])
    }

    @Test func keepsClosingQuotesAndBracketsWithTheSentence() {
        #expect(split("HMIC said “the public can feel confident.” This reflects work.") ==
                ["HMIC said “the public can feel confident.”", "This reflects work."])
        #expect(split("He agreed (in part.) Then he left.") == ["He agreed (in part.)", "Then he left."])
        #expect(split("She said \"Yes.\" We went.") == ["She said \"Yes.\"", "We went."])
    }

    @Test func opensANewSentenceAtAQuote() {
        #expect(split("He added: fine. “I am grateful,” he said.") == ["He added: fine.", "“I am grateful,” he said."])
    }

    @Test func aStopThatLostItsSpaceStillEndsASentence() {
        #expect(split("the correct protocol.Any issues found.") == ["the correct protocol.", "Any issues found."])
        #expect(split("See Node.Js and e.g.Then") == ["See Node.Js and e.g.Then"])
    }

    @Test func lowerCaseAfterAStopDoesNotStartASentence() {
        #expect(split("Visit www.example.org for more. and so on") == ["Visit www.example.org for more. and so on"])
    }

    @Test func ellipsesEndASentenceOnlyBeforeACapital() {
        #expect(split("Some would not look out of place... I wasn't there.") ==
                ["Some would not look out of place...", "I wasn't there."])
        #expect(split("We waited… and waited.") == ["We waited… and waited."])
    }

    @Test func headingLinesWithoutPunctuationStandAlone() {
        let text = "Blue light collaboration developments\nAs you may know, I was chosen to chair a group. It met."
        #expect(split(text) == ["Blue light collaboration developments", "As you may know, I was chosen to chair a group.",
                                "It met."])
    }

    @Test func blankLinesSeparateSentences() {
        #expect(split("The month ahead\n\nHere are some events") == ["The month ahead", "Here are some events"])
    }

    @Test func lowerCaseContinuationAcrossABlankLineIsOneSentence() {
        let text = "as a minimum officers\n\nspent an additional hour out on patrol."
        #expect(split(text) == [text])
    }

    @Test func hardWrappedLinesAreOneSentence() {
        let text = """
            The meeting at the Town Hall involved all of the agencies with powers to deal with the
            issue on public land, including the police and the councils of the county and the
            district. A second meeting followed.
            """
        #expect(split(text).count == 2)
        #expect(split(text).last == "A second meeting followed.")
    }

    @Test func listItemsAreSentencesWithoutTheirMarkers() {
        let text = "New measures include:\n  • A duty to collaborate;\n  • The possibility to join;\n- Another one\n1) Numbered item\n(2) Another"
        #expect(split(text) == ["New measures include:", "A duty to collaborate;", "The possibility to join;",
                                "Another one", "Numbered item", "Another"])
    }

    @Test func numberedHeadingsLoseTheirNumber() {
        #expect(split("8) Unauthorised Traveller Encampments\n\nIn January, I met them.") ==
                ["Unauthorised Traveller Encampments", "In January, I met them."])
    }

    @Test func diaryLinesAreSentences() {
        let text = "March 6: Visit to a scheme, Willoughby\nMarch 7: Partnership meeting\n8 March: Speaking at an AGM"
        #expect(split(text) == ["March 6: Visit to a scheme, Willoughby", "March 7: Partnership meeting",
                                "8 March: Speaking at an AGM"])
    }

    @Test func sentencesNeverCrossBlocks() {
        let text = "First block without stop Second block. Third."
        let blocks = [Block(kind: .heading, range: TextRange(start: 0, end: 24)),
                      Block(kind: .paragraph, range: TextRange(start: 25, end: text.utf8.count))]
        let document = DocumentFixtures.document(text, blocks: blocks)
        let sentences = SentenceSplitter().sentences(in: document)
        #expect(sentences.map { document.text(in: $0.range) } == ["First block without stop", "Second block.", "Third."])
        #expect(sentences.map(\.blockIndex) == [0, 1, 1])
    }

    @Test func textOutsideBlocksHasNoSentences() {
        let document = DocumentFixtures.document("Kept. Dropped.", blocks: [Block(kind: .paragraph, range: TextRange(start: 0, end: 5))])
        #expect(SentenceSplitter().sentences(in: document).map(\.range) == [TextRange(start: 0, end: 5)])
    }

    @Test func documentsWithoutBlocksSplitTheWholeText() {
        let document = DocumentFixtures.document("One. Two.")
        #expect(SentenceSplitter().sentences(in: document).map(\.blockIndex) == [nil, nil])
    }

    @Test func extraAbbreviationsCanBeAdded() {
        let splitter = SentenceSplitter(abbreviations: .english.adding(["supt"], as: .neverEnds).adding(["Corp"], as: .neverEnds))
        let text = "Ask Corp. Jones now."
        #expect(splitter.sentences(in: text).count == 1)
        #expect(SentenceSplitter().sentences(in: text).count == 2)
    }

    @Test func emptyOrBlankTextHasNoSentences() {
        #expect(split("").isEmpty)
        #expect(split(" \n \n").isEmpty)
    }

    @Test func rangesSkipSurroundingWhiteSpace() {
        let text = "  Hello there.  \n"
        #expect(SentenceSplitter().sentences(in: text).map(\.range) == [TextRange(start: 2, end: 14)])
    }

    @Test func splitsOnlyInsideAGivenRange() {
        let text = "One. Two. Three."
        let sentences = SentenceSplitter().sentences(in: text, range: TextRange(start: 5, end: 16))
        #expect(sentences.map { Document.slice(text, $0.range) } == ["Two.", "Three."])
    }
}
