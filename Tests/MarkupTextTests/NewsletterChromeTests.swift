import DocGraphKit
import MarkupText
import ReaderSupport
import Testing

@Suite struct NewsletterChromeTests {
    @Test(arguments: [
        "View this email in your browser", "View it in your browser", "View this newsletter on the web page",
        "Having trouble viewing this email?", "Unsubscribe", "unsubscribe from this list    update subscription preferences",
        "Manage your preferences", "Email Marketing Powered by Mailchimp", "Copyright © 2019 Any Town Trust, All rights reserved.",
        "© 2021 Example Ltd", "Our mailing address is:", "You are receiving this email because you opted in via our website.",
        "Add us to your address book", "Forward to a friend", "Want to change how you receive these emails?",
    ])
    func chromePhrases(_ text: String) {
        #expect(NewsletterChrome.isChrome(text))
    }

    @Test(arguments: [
        "The council will review the browser settings of its staff.", "Keep up to date with the latest news from the club",
        "The copyright of the report rests with the author.", "July 2017",
    ])
    func contentIsNotChrome(_ text: String) {
        #expect(!NewsletterChrome.isChrome(text))
    }

    @Test func longParagraphsAreNeverChrome() {
        let paragraph = "Residents asked how to unsubscribe from the paper mailing list. " + String(repeating: "More detail. ", count: 30)
        #expect(!NewsletterChrome.isChrome(paragraph))
    }

    @Test func socialButtons() {
        #expect(NewsletterChrome.isSocialButtons("Twitter Facebook Website", links: ["https://example.org"], allLinks: true))
        #expect(NewsletterChrome.isSocialButtons("Follow the team", links: ["https://twitter.com/team"], allLinks: true))
        #expect(!NewsletterChrome.isSocialButtons("Read the report", links: ["https://example.org/report"], allLinks: true))
        #expect(!NewsletterChrome.isSocialButtons("Twitter", links: [], allLinks: false))
    }

    @Test func footerRunIsDroppedAsAWhole() {
        let texts = ["Headline", "First paragraph of news.", "Second paragraph.", "Third paragraph.",
                     "Copyright © 2020 Town Club, All rights reserved.", "Town Club", "1 High Street", "Anytown"]
        let blocks = texts.map { HTMLBlock(text: $0, kind: .paragraph) }
        let kept = NewsletterChrome.removingChrome(from: blocks).map(\.text)
        #expect(kept == Array(texts.prefix(4)))
    }

    @Test func footerMarkerEarlyInThePageDropsOnlyItself() {
        let texts = ["Unsubscribe", "Headline", "First paragraph of news.", "Second paragraph.", "Town Club"]
        let blocks = texts.map { HTMLBlock(text: $0, kind: .paragraph) }
        #expect(NewsletterChrome.removingChrome(from: blocks).map(\.text) == Array(texts.dropFirst()))
    }

    @Test func separatorOfADroppedBlockCarriesOver() {
        let blocks = [
            HTMLBlock(text: "One", kind: .paragraph),
            HTMLBlock(text: "View this email in your browser", kind: .paragraph, separator: .paragraph),
            HTMLBlock(text: "Two", kind: .paragraph, separator: .line),
        ]
        let kept = NewsletterChrome.removingChrome(from: blocks)
        #expect(kept.map(\.text) == ["One", "Two"])
        #expect(kept.last?.separator == .paragraph)
    }
}
