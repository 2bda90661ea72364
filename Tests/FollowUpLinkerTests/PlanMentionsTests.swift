import DocGraphKit
import Testing
@testable import FollowUpLinker

/// A window names a plan exactly when its passages' texts, joined by a space and lower-cased,
/// contain the plan's name: in one passage, or running from the first into the second.
@Suite struct PlanMentionsTests {
    let passages = [
        "The Safer Streets Plan was adopted.",
        "Funding follows the Safer",
        "Streets Plan from April.",
        "Nothing here names it.",
        "Our Youth",
        "Strategy is next.",
    ]
    let names = ["safer streets plan", "youth strategy"]

    /// What the joined text of a window says, the rule the mentions stand in for.
    func joinedNames(_ name: String, _ window: Range<Int>) -> Bool {
        window.map { passages[$0] }.joined(separator: " ").lowercased().contains(name)
    }

    @Test func aPassageNamesAPlanInAnyCase() {
        let mentions = PlanMentions(passages: passages, names: names)
        #expect(mentions.names("safer streets plan", in: 0..<1))
        #expect(mentions.names("safer streets plan", in: 0..<2))
        #expect(!mentions.names("youth strategy", in: 0..<1))
        #expect(!mentions.names("safer streets plan", in: 3..<4))
    }

    @Test func aNameRunningAcrossTwoPassagesIsNamedByTheWindowOfBoth() {
        let mentions = PlanMentions(passages: passages, names: names)
        #expect(mentions.names("safer streets plan", in: 1..<3))
        #expect(!mentions.names("safer streets plan", in: 1..<2))
        #expect(!mentions.names("safer streets plan", in: 2..<3))
        #expect(mentions.names("youth strategy", in: 4..<6))
        #expect(!mentions.names("youth strategy", in: 3..<5))
    }

    @Test func everyWindowAgreesWithItsJoinedText() {
        let mentions = PlanMentions(passages: passages, names: names)
        for name in names {
            for start in passages.indices {
                for end in (start + 1)...min(passages.count, start + 2) {
                    #expect(mentions.names(name, in: start..<end) == joinedNames(name, start..<end), "\(name) in \(start)..<\(end)")
                }
            }
        }
    }

    @Test func withoutNamesNothingIsNamed() {
        let mentions = PlanMentions(passages: passages, names: [])
        #expect(!mentions.names("safer streets plan", in: 0..<1))
        #expect(!PlanMentions(text: "The Safer Streets Plan.", passages: [TextRange(start: 0, end: 23)], names: []).names(
            "safer streets plan", in: 0..<1))
    }

    /// The passages laid out in one text, a line each, with their UTF-8 ranges.
    func document(_ passages: [String]) -> (text: String, ranges: [TextRange]) {
        var text = ""
        var ranges: [TextRange] = []
        for passage in passages {
            let start = text.utf8.count
            text += passage
            ranges.append(TextRange(start: start, end: text.utf8.count))
            text += "\n"
        }
        return (text, ranges)
    }

    /// Searches the passages laid out in one text, and checks that every window of one or two
    /// passages names each name exactly when the passages' own texts, searched as strings, do.
    @discardableResult
    func expectBytesAgreeWithStrings(_ passages: [String], _ names: [String]) -> PlanMentions {
        let (text, ranges) = document(passages)
        let bytes = PlanMentions(text: text, passages: ranges, names: names)
        let strings = PlanMentions(passages: passages, names: names)
        for name in names {
            for start in passages.indices {
                for end in (start + 1)...min(passages.count, start + 2) {
                    #expect(bytes.names(name, in: start..<end) == strings.names(name, in: start..<end), "\(name) in \(start)..<\(end)")
                }
            }
        }
        return bytes
    }

    @Test func aTextSearchedAsBytesFindsWhatItsPassagesTextsDo() {
        expectBytesAgreeWithStrings(passages, names)
    }

    @Test func aTextBeyondASCIIIsSearchedAsStrings() {
        let passages = ["Le Plan Sécurité est adopté.", "Rien ici.", "Le plan", "sécurité suit."]
        let (text, ranges) = document(passages)
        let mentions = PlanMentions(text: text, passages: ranges, names: ["plan sécurité"])
        #expect(mentions.names("plan sécurité", in: 0..<1))
        #expect(!mentions.names("plan sécurité", in: 1..<2))
        #expect(mentions.names("plan sécurité", in: 2..<4))
        #expect(!mentions.names("plan sécurité", in: 2..<3))
    }

    @Test func passagesBeyondASCIIAmongPassagesOfASCIIAgreeWithTheStrings() {
        let passages = ["The Safer Streets Plan’s first year.", "Funding follows the Safer", "Streets Plan.", "Le Plan",
                        "Sécurité suit.", "The SAFER streets", "plan, again.", "“Youth", "Strategy” ends."]
        let names = ["safer streets plan", "youth strategy", "plan sécurité", ""]
        let bytes = expectBytesAgreeWithStrings(passages, names)
        #expect(bytes.names("safer streets plan", in: 0..<1))
        #expect(bytes.names("plan sécurité", in: 3..<5))
        #expect(bytes.names("safer streets plan", in: 5..<7))
        #expect(bytes.names("youth strategy", in: 7..<9))
        #expect(!bytes.names("youth strategy", in: 7..<8))
        #expect(!bytes.names("", in: 0..<1))
    }

    @Test func aNameBeyondASCIIIsNotInATextOfASCII() {
        let (text, ranges) = document(["The Plan Securite."])
        #expect(!PlanMentions(text: text, passages: ranges, names: ["plan sécurité"]).names("plan sécurité", in: 0..<1))
    }
}
