import DocGraphKit

/// A numbered decision record listed as a line ("WPCC20019 – Proposed Precept for 1 April
/// 2017 to 31 March 2018"): a reference (capital letters then at least three digits, possibly
/// with separators) first, then a dash or colon and its title, in a list that a line a few
/// lines before introduces with a record word ("I have made the following decisions").
struct DecisionRecord {
    /// The most lines between a record and the line introducing the list.
    static let introductionReach = 8
    /// The fewest digits of a reference.
    static let referenceDigits = 3

    var range: TextRange
    var reference: String

    static func records(in document: Document, annotations: Annotations, lexicon: DecisionLexicon) -> [DecisionRecord] {
        var found: [DecisionRecord] = []
        var lastIntroduction: Int?
        var lineNumber = 0
        var start = 0
        let utf8 = Array(document.text.utf8)
        for end in (0...utf8.count) where end == utf8.count || utf8[end] == 0x0A {
            defer {
                start = end + 1
                lineNumber += 1
            }
            let tokens = Array(annotations.tokens(inside: TextRange(start: start, end: end)))
            let words = tokens.map { PhraseList.normalise($0.text) }
            if !lexicon.records.matches(in: words).isEmpty { lastIntroduction = lineNumber }
            guard let introduced = lastIntroduction, lineNumber - introduced <= introductionReach, tokens.count >= 3,
                  isReference(tokens[0].text), DecisionGrammar.recordSeparators.contains(tokens[1].text),
                  let last = tokens.last else { continue }
            found.append(DecisionRecord(
                range: TextRange(start: tokens[0].range.start, end: last.range.end), reference: tokens[0].text))
            lastIntroduction = lineNumber
        }
        return found
    }

    /// Capital letters, then digits (at least three), with `/` or `-` allowed between groups.
    static func isReference(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, first.isUppercaseScalar else { return false }
        let digits = scalars.filter { ("0"..."9").contains($0) }.count
        let allowed = scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "/" || $0 == "-" }
        return allowed && digits >= referenceDigits
    }
}
