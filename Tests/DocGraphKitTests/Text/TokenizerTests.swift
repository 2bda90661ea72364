import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct TokenizerTests {
    private func texts(_ text: String) -> [String] {
        Tokenizer().tokens(in: text).map(\.text)
    }

    private func kinds(_ text: String) -> [Token.Kind] {
        Tokenizer().tokens(in: text).map(\.kind)
    }

    @Test func splitsWordsAndPunctuation() {
        #expect(texts("Hello, world!") == ["Hello", ",", "world", "!"])
        #expect(kinds("Hello, world!") == [.word, .punctuation, .word, .punctuation])
    }

    @Test(arguments: ["Co-ordinator", "Parkinson's", "O'Neil", "Parkinson’s", "I’m", "state-of-the-art", "Covid-19",
                      "K999Cops", "café", "naïve"])
    func keepsWordsWhole(word: String) {
        #expect(texts(word) == [word])
        #expect(kinds(word) == [.word])
    }

    @Test(arguments: ["1,300,000", "£4.030m", "2016-2020", "99%", "2016–17", "23rd", "£2,100", "70p", "10:30",
                      "23/03/2017", "4.5", "$12", "1990s"])
    func keepsNumbersWhole(number: String) {
        #expect(texts(number) == [number])
        #expect(kinds(number) == [.number])
    }

    @Test func sentenceFullStopAfterANumberIsPunctuation() {
        #expect(texts("in 2016. The") == ["in", "2016", ".", "The"])
        #expect(texts("March 6, 2017") == ["March", "6", ",", "2017"])
        #expect(texts("cost £2 million.") == ["cost", "£2", "million", "."])
    }

    @Test func longLetterRunsAfterDigitsAreWords() {
        #expect(texts("12months") == ["12", "months"])
        #expect(texts("24-hour") == ["24", "-", "hour"])
    }

    @Test func possessivePluralApostropheIsPunctuation() {
        #expect(texts("officers' views") == ["officers", "'", "views"])
        #expect(texts("'Good'") == ["'", "Good", "'"])
    }

    @Test func initialismsKeepTheirStops() {
        #expect(texts("e.g. you") == ["e.g.", "you"])
        #expect(texts("i.e. the U.K. and") == ["i.e.", "the", "U.K.", "and"])
        #expect(texts("Insp. Lucy") == ["Insp", ".", "Lucy"])
    }

    @Test func ellipsesAndDashRunsAreOneToken() {
        #expect(texts("wait... what") == ["wait", "...", "what"])
        #expect(texts("so -- yes") == ["so", "--", "yes"])
        #expect(texts("course…") == ["course", "…"])
    }

    @Test func curlyQuotesAndDashesArePunctuation() {
        #expect(texts("“good” – fine") == ["“", "good", "”", "–", "fine"])
        #expect(kinds("“good”") == [.punctuation, .word, .punctuation])
    }

    @Test func curlySingleQuotesAroundAWordArePunctuation() {
        #expect(texts("of ‘good’ demonstrates") == ["of", "‘", "good", "’", "demonstrates"])
        #expect(texts("detainees’ welfare") == ["detainees", "’", "welfare"])
    }

    @Test func thousandsNeedThreeDigitGroups() {
        #expect(texts("9,900 have") == ["9,900", "have"])
        #expect(texts("1,2 and 3,45") == ["1", ",", "2", "and", "3", ",", "45"])
        #expect(texts("£1,300,000.") == ["£1,300,000", "."])
    }

    @Test func currencyWithoutANumberIsASymbol() {
        #expect(texts("£ and €") == ["£", "and", "€"])
        #expect(kinds("£ and €") == [.symbol, .word, .symbol])
    }

    @Test func symbolsStandAlone() {
        #expect(texts("Copyright © 2017 A & B") == ["Copyright", "©", "2017", "A", "&", "B"])
        #expect(kinds("© £ + •") == [.symbol, .symbol, .symbol, .punctuation])
    }

    @Test func webAndEmailAddressesAndHandlesAreSymbols() {
        #expect(texts("visit: www.example.gov.uk/grant-scheme.") == ["visit", ":", "www.example.gov.uk/grant-scheme", "."])
        #expect(texts("(https://twitter.com/K999Cops).") == ["(", "https://twitter.com/K999Cops", ")", "."])
        #expect(texts("mail jo.b@example.org now") == ["mail", "jo.b@example.org", "now"])
        #expect(texts("@CyberSafe and #becybersafe") == ["@CyberSafe", "and", "#becybersafe"])
        #expect(kinds("@CyberSafe www.a.org x@y.com") == [.symbol, .symbol, .symbol])
    }

    @Test func noBreakSpaceSeparatesTokens() {
        #expect(texts("staff\u{A0}will") == ["staff", "will"])
    }

    @Test func emojiWithModifiersStaysOneSymbol() {
        let text = "hi 👍🏽 ok"
        #expect(texts(text) == ["hi", "👍🏽", "ok"])
    }

    @Test func rangesAreUTF8Offsets() {
        let tokens = Tokenizer().tokens(in: "£4 café’s")
        #expect(tokens.map(\.range) == [TextRange(start: 0, end: 3), TextRange(start: 4, end: 13)])
    }

    @Test func tokenizesOnlyInsideARange() {
        let tokens = Tokenizer().tokens(in: "one two three", range: TextRange(start: 4, end: 13))
        #expect(tokens.map(\.text) == ["two", "three"])
        #expect(tokens.first?.range == TextRange(start: 4, end: 7))
        #expect(Tokenizer().tokens(in: "abc", range: TextRange(start: 2, end: 99)).map(\.text) == ["c"])
    }

    @Test func emptyAndBlankTextsHaveNoTokens() {
        #expect(texts("").isEmpty)
        #expect(texts(" \n\t\u{A0}").isEmpty)
    }
}

@Suite struct TokenizerSeedTests {
    /// On every seed, tokens are sorted, do not overlap, sit on character boundaries and
    /// cover every byte that is not white space.
    @Test func tokensCoverTheSeedsExactly() throws {
        for url in try SharedPaths.seedFiles() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let tokens = Tokenizer().tokens(in: text)
            var covered = 0
            var previousEnd = 0
            for token in tokens {
                #expect(token.range.start >= previousEnd, "\(url.lastPathComponent): token \(token.text) overlaps")
                #expect(TextBoundaries.problem(with: token.range, in: text, utf8Count: text.utf8.count) == nil)
                #expect(Document.slice(text, token.range) == token.text)
                covered += token.range.length
                previousEnd = token.range.end
            }
            let visible = text.unicodeScalars.filter { !$0.properties.isWhitespace && $0.properties.generalCategory != .control }
            #expect(covered == visible.reduce(0) { $0 + UTF8.width($1) }, "\(url.lastPathComponent) is not covered")
        }
    }
}
