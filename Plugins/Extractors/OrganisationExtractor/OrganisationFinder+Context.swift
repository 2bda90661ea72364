import DocGraphKit
import Foundation

extension OrganisationFinder {
    /// "the charity Refuge", "the company Acme Widgets": the name after an appositive noun.
    mutating func findAppositions() {
        for index in words.indices.dropLast() where isLowerWord(index, ["the", "a", "an", "local", "national"]) {
            guard let match = lexicons.appositives.longestMatch(in: words, at: index + 1), match.end < words.count,
                  !words[index + 1].isCapitalised, NameChain.isNameWord(words[match.end]) else { continue }
            var end = match.end
            while end < words.count, NameChain.isNameWord(words[end]), !words[end - 1].isPossessive || end == match.end {
                end += 1
            }
            let range = match.end..<end
            if let existing = found.firstIndex(where: { $0.words == range }) {
                found[existing].kind = match.value
            } else {
                record(range, kind: match.value, confidence: 0.85)
            }
        }
    }

    /// "Meeting with Crimestoppers", "run by Stonham", "Visit to DACS": a lone unknown name
    /// after such a phrase names a body.
    mutating func findAfterContextPhrases() {
        for index in words.indices {
            guard let match = lexicons.contextPhrases.longestMatch(in: words, at: index), match.end < words.count,
                  !covered.contains(match.end) else { continue }
            let candidate = words[match.end]
            let next = match.end + 1
            let alone = next >= words.count || !NameChain.isNameWord(words[next])
            guard alone, NameChain.isNameWord(candidate), !candidate.stem.contains(where: \.isNumber) else { continue }
            let shaped = candidate.isCamelCase || isBodyAcronymShape(match.end)
            let unknown = !dictionary.isCommonWord(candidate.folded) && !dictionary.isProperNoun(candidate.stem)
                && !candidate.isAllCapitals
            if shaped || match.value != "strict" && unknown {
                record(match.end..<next, kind: candidate.isCamelCase ? "company" : "other", confidence: 0.65)
            }
        }
    }
}
