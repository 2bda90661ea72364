import DocGraphKit
import Foundation

/// Finds the bodies a document names, by the shape of the words and general lexicons:
/// capitalised names ending in an organisation word, "X of Y" names, acronyms defined in
/// brackets or matching a name's initials, appositions ("the charity Refuge"), bodies holding
/// events ("Unison AGM"), lone names after phrases such as "run by", and back-references
/// ("the Panel") to a body named in the same document.
struct OrganisationFinder {
    let text: String
    let words: [NameWord]
    let lexicons: OrganisationLexicons
    let dictionary: EnglishWords
    /// Bodies found so far, in the order found.
    var found: [FoundOrganisation] = []
    /// Abbreviations the document defined as something other than a body ("MAPPA").
    var otherAcronyms: Set<String> = []
    /// Lone reference words ("the Committee") waiting for the body they refer to.
    var pendingReferences: [Range<Int>] = []
    /// Word indices already part of a finding.
    var covered = IndexSet()

    init(text: String, words: [NameWord]? = nil, lexicons: OrganisationLexicons, dictionary: EnglishWords) {
        self.text = text
        self.words = words ?? NameWordScanner.words(in: text)
        self.lexicons = lexicons
        self.dictionary = dictionary
    }

    /// Runs every rule and returns the findings in text order.
    mutating func run() -> [FoundOrganisation] {
        for span in spans() { analyse(span) }
        findAppositions()
        linkAcronymDefinitions()
        findAfterContextPhrases()
        findBareAcronymsAndCamelCase()
        resolveReferences()
        findRepeatedNames()
        return found.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    // MARK: Recording

    mutating func record(_ range: Range<Int>, kind: String, confidence: Double, refersTo: String? = nil, name: String? = nil) {
        guard !range.isEmpty, !range.contains(where: { covered.contains($0) }) else { return }
        let spelled = name ?? self.name(of: range)
        guard !spelled.isEmpty else { return }
        found.append(FoundOrganisation(
            words: range, name: spelled, kind: kind, acronym: nil, refersTo: refersTo, confidence: confidence))
        covered.insert(integersIn: range)
    }

    /// The text of a word range, possessive dropped and white space collapsed.
    func name(of range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        let slice = Document.slice(text, TextRange(start: words[first].range.start, end: words[last].stemRange.end))
        return slice.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    // MARK: Word tests

    func isOrgWord(_ index: Int) -> Bool {
        words[index].kind == .word && lexicons.orgWords.value(of: words[index].folded) != nil
    }

    func kindOfWord(_ index: Int) -> String? {
        words[index].kind == .word ? lexicons.orgWords.value(of: words[index].folded) : nil
    }

    func isStopWord(_ index: Int) -> Bool {
        lexicons.stopWords.contains(words[index].folded) || lexicons.roleWords.contains(words[index].folded)
    }

    func isLowerWord(_ index: Int, _ candidates: [String]) -> Bool {
        index < words.count && words[index].kind == .word && candidates.contains(words[index].text)
    }

    /// True for a word written as part of a handle or tag ("@CyberSafe", "#becybersafe").
    func isHandle(_ index: Int) -> Bool {
        index > 0 && ["@", "#"].contains(words[index - 1].text) && words[index - 1].range.end == words[index].range.start
    }

    /// True for a capitals abbreviation that may name a body: not a rank, honour or country,
    /// not an English word, no digits.
    func isBodyAcronymShape(_ index: Int) -> Bool {
        let word = words[index]
        guard word.isAllCapitals, !word.stem.contains(where: { $0.isNumber || $0 == "-" }), !isHandle(index) else { return false }
        let folded = word.folded
        return !lexicons.nonBodyAbbreviations.contains(folded) && !dictionary.isCommonWord(folded)
            && !otherAcronyms.contains(word.stem)
    }

    /// The kind of the body a word range names: from its last organisation word before any
    /// "of" or "for", or `other`.
    func kind(of range: Range<Int>) -> String {
        var end = range.upperBound
        if let split = range.first(where: { isLowerWord($0, ["of", "for"]) }) { end = split }
        if let possessive = range.first(where: { words[$0].isPossessive }), possessive < end,
           (range.lowerBound...possessive).contains(where: { isOrgWord($0) }) {
            end = possessive + 1
        }
        for index in (range.lowerBound..<end).reversed() {
            if let kind = kindOfWord(index) { return kind }
        }
        for index in range.reversed() {
            if let kind = kindOfWord(index) { return kind }
        }
        return "other"
    }
}
