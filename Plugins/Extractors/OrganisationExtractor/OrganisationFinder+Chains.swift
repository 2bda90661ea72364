import DocGraphKit
import Foundation

extension OrganisationFinder {
    /// Capitalised runs, with possessive joins undone where the possessive belongs to the name:
    /// "Her Majesty's Inspectorate", "Reading University's Department of Archaeology",
    /// "Parkinson's UK".
    func spans() -> [Range<Int>] {
        let chains = joinedAtCommas(NameChain.chains(in: words))
        var result: [Range<Int>] = []
        var index = 0
        while index < chains.count {
            var range = chains[index].words
            var possessive = chains[index].endsPossessive
            while possessive, index + 1 < chains.count, chains[index + 1].words.lowerBound == range.upperBound,
                  joinsAfterPossessive(range, next: chains[index + 1].words) {
                index += 1
                range = range.lowerBound..<chains[index].words.upperBound
                possessive = chains[index].endsPossessive
            }
            result.append(contentsOf: cutAtCapitalisedWords(range))
            index += 1
        }
        return result
    }

    /// Words set in capitals that are ordinary English ("HMIC PEEL INSPECTION Police") are a
    /// heading's emphasis, not part of a name: the run is cut around them.
    private func cutAtCapitalisedWords(_ range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where words[index].isAllCapitals && words[index].stem.count > 3
            && dictionary.isCommonWord(words[index].folded) {
            if start < index { pieces.append(start..<index) }
            start = index + 1
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }

    /// Runs cut by the comma of a name that holds one ("Police, Fire and Crime Panel") joined.
    private func joinedAtCommas(_ chains: [NameChain]) -> [NameChain] {
        var result: [NameChain] = []
        for chain in chains {
            if let previous = result.last, !previous.endsPossessive, chain.words.lowerBound == previous.words.upperBound + 1,
               words[previous.words.upperBound].text == ",", holdsCommaPhrase(previous.words.lowerBound..<chain.words.upperBound) {
                result[result.count - 1] = NameChain(words: previous.words.lowerBound..<chain.words.upperBound,
                                                     endsPossessive: chain.endsPossessive)
            } else {
                result.append(chain)
            }
        }
        return result
    }

    private func holdsCommaPhrase(_ range: Range<Int>) -> Bool {
        let folded = range.filter { words[$0].kind == .word }.map { words[$0].folded }
        return lexicons.commaPhrases.entries.contains { entry in
            let phrase = entry.phrase.split(separator: " ").map(String.init)
            return folded.count >= phrase.count && (0...(folded.count - phrase.count)).contains {
                Array(folded[$0..<($0 + phrase.count)]) == phrase
            }
        }
    }

    private func joinsAfterPossessive(_ range: Range<Int>, next: Range<Int>) -> Bool {
        if let prefix = lexicons.namePrefixes.longestMatch(in: words, at: range.lowerBound), prefix.end >= range.upperBound {
            return true
        }
        if isOrgWord(range.upperBound - 1), lexicons.subunits.contains(words[next.lowerBound].folded) { return true }
        if next.count == 1, Self.countries.contains(words[next.lowerBound].folded) {
            let after = next.upperBound
            return after >= words.count || !(words[after].kind == .word && !words[after].isCapitalised)
        }
        return false
    }

    /// Capitalised small words that open a sentence rather than a name.
    static let leadingFunctionWords: Set<String> = [
        "the", "a", "an", "in", "at", "on", "by", "for", "from", "with", "to", "of", "and", "our", "my", "this",
        "these", "their", "its", "his", "her", "new", "former", "last", "next", "every", "each", "all", "both",
    ]

    static let countries: Set<String> = ["uk", "international", "ireland", "scotland", "wales", "england", "cymru"]

    /// Finds the bodies inside one capitalised run.
    mutating func analyse(_ span: Range<Int>) {
        var start = span.lowerBound
        while start < span.upperBound, isLeadingFunctionWord(start, span: span) { start += 1 }
        guard start < span.upperBound else { return }
        var range = start..<span.upperBound
        if let possessive = range.first(where: { words[$0].isPossessive }), possessive + 2 == range.upperBound,
           Self.countries.contains(words[possessive + 1].folded) {
            // "Parkinson's UK": a charity's way of naming itself.
            record(range, kind: "charity", confidence: 0.8)
            return
        }
        if let organiser = organiserBeforeEvent(range) {
            range = organiser
            if orgEnd(range) == nil {
                record(range, kind: words[range.lowerBound].isAllCapitals ? "other" : "association", confidence: 0.8)
                return
            }
        }
        if range.count == 1, lexicons.referenceHeads.value(of: words[range.lowerBound].folded) == "" {
            pendingReferences.append(range)
            return
        }
        analyseSegments(of: range)
    }

    private func isLeadingFunctionWord(_ index: Int, span: Range<Int>) -> Bool {
        if lexicons.namePrefixes.longestMatch(in: words, at: index) != nil { return false }
        if Self.leadingFunctionWords.contains(words[index].folded) || (index > span.lowerBound && NameChain.connectors.contains(words[index].text)) {
            return true
        }
        // A list item's opening verb: "Attended ...", "Chaired ...", "Speaking at ...".
        let folded = words[index].folded
        return index == span.lowerBound && span.count > 1 && (folded.hasSuffix("ed") || folded.hasSuffix("ing"))
            && dictionary.isCommonWord(folded) && !isOrgWord(index) && !isOrgWord(index + 1)
    }

    /// When a run ends in an event a body holds ("Unison AGM"), the words before it.
    private func organiserBeforeEvent(_ range: Range<Int>) -> Range<Int>? {
        for index in range.dropFirst() {
            if let match = lexicons.eventWords.longestMatch(in: words, at: index), match.end == range.upperBound {
                return range.lowerBound..<index
            }
        }
        return nil
    }

    /// Splits a run at "of" and "for" and finds the bodies segment by segment.
    private mutating func analyseSegments(of range: Range<Int>) {
        let segments = self.segments(of: range)
        var index = 0
        while index < segments.count {
            let segment = segments[index]
            let last = segment.upperBound - 1
            // "Minister for Policing and the Fire Service": a portfolio, not a body.
            if index > 0, preposition(before: segment) == "and", ["for", "of"].contains(preposition(before: segments[index - 1])),
               !found.contains(where: { $0.words.upperBound == segments[index - 1].upperBound }) {
                index += 1
                continue
            }
            if isRoleEnding(segment) {
                index = bodyAfterRole(segments, roleAt: index)
                continue
            }
            let followedByName = index + 1 < segments.count && ["of", "for"].contains(preposition(before: segments[index + 1]))
            if isOrgWord(last), lexicons.ofHeads.contains(words[last].folded), followedByName,
               !isSeparateBody(segments[index + 1]) {
                let complement = segments[index + 1]
                // "... of Local Councils Annual Briefing": the body's name ends before its event.
                let end = complement.dropFirst().first { lexicons.eventStarts.contains(words[$0].folded) } ?? complement.upperBound
                recordSplittingAtAnd(segment.lowerBound..<end)
                index += 2
                continue
            }
            if let end = orgEnd(segment) { recordSplittingAtAnd(segment.lowerBound..<end) }
            index += 1
        }
    }

    /// True when a segment ends in a role: a role word that is no organisation word, or a role
    /// phrase of two words or more ("Chief Executive", though "Executive" also names bodies).
    private func isRoleEnding(_ segment: Range<Int>) -> Bool {
        let last = segment.upperBound - 1
        if !isOrgWord(last), lexicons.roleWords.contains(words[last].folded) { return true }
        return segment.dropLast().contains { start in
            lexicons.roleWords.longestMatch(in: words, at: start).map { $0.end == segment.upperBound } ?? false
        }
    }

    /// The segments of a run between "of" and "for", each without a leading "the"; "and the"
    /// and "and" before a title ("and Professor Tom Ellis") also start a new segment.
    private func segments(of range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let isSplit = isLowerWord(index, ["of", "for"])
                || (isLowerWord(index, ["and", "&"]) && index > start
                    && (isLowerWord(index + 1, ["the"]) || lexicons.titles.longestMatch(in: words, at: index + 1) != nil))
            if isSplit {
                if index > start { result.append(start..<index) }
                start = index + 1
                while start < range.upperBound, isLowerWord(start, ["the", "and", "&"]) { start += 1 }
                index = start
                continue
            }
            index += 1
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    /// The word that opened a segment: "of", "for" or "and", looking past "the".
    private func preposition(before segment: Range<Int>) -> String? {
        var index = segment.lowerBound - 1
        while index >= 0, isLowerWord(index, ["the"]) { index -= 1 }
        guard index >= 0, words[index].kind == .word || words[index].text == "&" else { return nil }
        let word = words[index].text
        return ["of", "for", "and", "&"].contains(word) ? (word == "&" ? "and" : word) : nil
    }

    /// Where the body in a segment ends, if the segment names one: at its last organisation
    /// word, unless what follows continues the name into something else ("Police and Crime
    /// Plan", "Bedworth Police Station").
    func orgEnd(_ segment: Range<Int>) -> Int? {
        guard let last = segment.last else { return nil }
        guard let orgIndex = segment.reversed().first(where: { isOrgWord($0) }) else { return nil }
        if orgIndex == last {
            return segment.count > 1 || words[last].isAllCapitals ? segment.upperBound : nil
        }
        let tail = (orgIndex + 1)..<segment.upperBound
        if isLowerWord(tail.lowerBound, ["and", "&"]) { return nil }
        if tail.contains(where: { isStopWord($0) }) { return nil }
        return orgIndex > segment.lowerBound ? orgIndex + 1 : nil
    }

    /// True when a segment after "of" is a body of its own ("Group of the Association of ..."),
    /// not the rest of one name ("Office of the Police and Crime Commissioner").
    private func isSeparateBody(_ segment: Range<Int>) -> Bool {
        guard let end = orgEnd(segment) else { return false }
        return end == segment.upperBound && (segment.count > 1 || words[segment.lowerBound].isAllCapitals)
            || lexicons.ofHeads.contains(words[segment.lowerBound].folded)
    }

    /// After a role ("Chair of X", "Director of X", "Inspector of Y for X"): the body it is
    /// held in, when the words name one. Returns the segment index where the ordinary reading
    /// of the run goes on: at a segment that names a body by its own words, the body is left
    /// to it.
    private mutating func bodyAfterRole(_ segments: [Range<Int>], roleAt index: Int) -> Int {
        var next = index + 1
        while next < segments.count {
            let segment = segments[next]
            guard let preposition = preposition(before: segment), preposition != "and" else { return next }
            let last = segment.upperBound - 1
            let opensName = isOrgWord(last) && lexicons.ofHeads.contains(words[last].folded) && next + 1 < segments.count
            if orgEnd(segment) == segment.upperBound || opensName { return next }
            let first = words[segment.lowerBound]
            if segment.count == 1, !lexicons.areaWords.contains(first.folded),
               first.isCamelCase || first.isAllCapitals || preposition == "of" && !dictionary.isCommonWord(first.folded)
                && !dictionary.isProperNoun(first.folded) {
                record(segment, kind: first.isCamelCase ? "company" : "other", confidence: 0.7)
                return next + 1
            }
            if preposition == "for", segment.count >= 2, next == segments.count - 1, !lexicons.areaWords.contains(first.folded),
               segment.contains(where: { !dictionary.isCommonWord(words[$0].folded) }),
               !segment.contains(where: { isStopWord($0) || words[$0].kind != .word || !NameChain.isNameWord(words[$0]) }) {
                record(segment, kind: "other", confidence: 0.6)
                return next + 1
            }
            next += 1
        }
        return next
    }

    /// Records a body, or two when "and" joins two complete names ("Warwickshire Police and
    /// West Mercia Police"), never inside a fixed pair ("Police and Crime").
    private mutating func recordSplittingAtAnd(_ range: Range<Int>) {
        for index in range where isLowerWord(index, ["and", "&"]) && index - range.lowerBound >= 2 {
            let left = range.lowerBound..<index
            let right = (index + 1)..<range.upperBound
            let pair = "\(words[index - 1].folded) and \(words[index + 1].folded)"
            if isOrgWord(index - 1), orgEnd(right) == right.upperBound, !lexicons.andPhrases.contains(pair) {
                record(left, kind: kind(of: left), confidence: 0.9)
                record(right, kind: kind(of: right), confidence: 0.9)
                return
            }
        }
        record(range, kind: kind(of: range), confidence: 0.9)
    }
}
