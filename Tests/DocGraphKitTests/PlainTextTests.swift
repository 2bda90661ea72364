@testable import DocGraphKit
import Foundation
import Testing

/// The byte-level text helpers give what Foundation and the standard library give.
@Suite struct PlainTextTests {
    static let lines = [
        "", " ", "\t\t", "  March 2017  ", "\tReport to the Panel\t", "\u{00A0}Newsletter\u{00A0}", "\u{3000}全角\u{3000}",
        "\u{2003}em space\u{2009}", "no spaces", " inner  spaces kept ", "trailing newline\n", "\n leading newline",
        "é café ", " \u{200B}zero width\u{200B} ", "  ** bold **  ",
    ]

    @Test(arguments: lines)
    func trimmingSpacesMatchesFoundation(line: String) {
        #expect(PlainText.trimmingSpaces(line) == line.trimmingCharacters(in: .whitespaces))
        #expect(PlainText.trimmingSpaces(Substring(line)) == line.trimmingCharacters(in: .whitespaces))
    }

    @Test func asciiLowercasingLeavesOtherLettersAlone() {
        #expect(PlainText.asciiLowercased("Report TO the Police And Crime PANEL") == "report to the police and crime panel")
        #expect(PlainText.asciiLowercased("ÉTÉ Café Ünited") == "ÉtÉ café Ünited")
        #expect(PlainText.asciiLowercased("") == "")
    }

    @Test func documentKindIgnoresCase() {
        #expect(DocumentDating.kind(of: "MONTHLY NEWSLETTER\n\nNews from the office.") == .newsletter)
        #expect(DocumentDating.kind(of: "REPORT TO THE POLICE AND CRIME PANEL\n\nItem 3") == .report)
    }
}
