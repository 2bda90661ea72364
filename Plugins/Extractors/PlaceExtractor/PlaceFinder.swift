import DocGraphKit

/// The rules of ``PlaceExtractor`` over one document's words.
struct PlaceFinder {
    let words: [NameWord]
    let lexicons: PlaceExtractor.Lexicons
    let dictionary: EnglishWords
    /// Word indices inside a Person or Organisation mention.
    private var taken = Set<Int>()
    private var found: [Range<Int>] = []

    init(words: [NameWord], taken ranges: [TextRange], lexicons: PlaceExtractor.Lexicons, dictionary: EnglishWords) {
        self.words = words
        self.lexicons = lexicons
        self.dictionary = dictionary
        let sorted = ranges.sorted()
        var cursor = 0
        for range in sorted {
            while cursor < words.count, words[cursor].range.end <= range.start { cursor += 1 }
            var index = cursor
            while index < words.count, words[index].range.start < range.end {
                taken.insert(index)
                index += 1
            }
        }
    }

    /// Word ranges of the places, in text order, none overlapping.
    mutating func run() -> [Range<Int>] {
        for chain in NameChain.chains(in: words) {
            let run = freeRun(chain.words)
            let afterPreposition = !run.isEmpty && isAfterPreposition(run.lowerBound)
            for free in pieces(of: run) {
                consider(free, afterPreposition: afterPreposition)
            }
        }
        findDiaryPlaces()
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A piece of a run: a building by its last word, or a name when the run came after a
    /// place preposition ("in London and Manchester").
    private mutating func consider(_ free: Range<Int>, afterPreposition: Bool) {
        guard let last = free.last else { return }
        if lexicons.facilities.contains(words[last].folded), free.count > 1 {
            add(trimmedStart(free))
        } else if afterPreposition, isPlaceName(free) {
            add(free)
        }
    }

    /// A run cut at "and" ("in London and Manchester", "Oakley House and the Town Hall" are
    /// two places each).
    private func pieces(of range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where index > start && ["and", "&"].contains(words[index].text) {
            result.append(start..<index)
            start = index + 1
            while start < range.upperBound, words[start].text == "the" { start += 1 }
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    private mutating func add(_ range: Range<Int>) {
        guard !range.isEmpty, !found.contains(where: { $0.overlaps(range) }) else { return }
        found.append(range)
    }

    /// The longest stretch of a chain from its start with no word in a person or body.
    private func freeRun(_ chain: Range<Int>) -> Range<Int> {
        var end = chain.lowerBound
        while end < chain.upperBound, !taken.contains(end) { end += 1 }
        var range = chain.lowerBound..<end
        while let last = range.last, NameChain.isConnector(words[last]) { range = range.lowerBound..<last }
        return range
    }

    /// Drops a leading "The" or preposition written with a capital.
    private func trimmedStart(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound - 1,
              ["the", "a", "at", "in", "on", "to", "from"].contains(words[start].folded) || isCalendar(start) {
            start += 1
        }
        return start..<range.upperBound
    }

    private func isAfterPreposition(_ index: Int) -> Bool {
        index > 0 && words[index - 1].kind == .word && !words[index - 1].isCapitalised
            && lexicons.prepositions.contains(words[index - 1].folded)
    }

    /// A name of one to four words, not a month or day, not capitals, not made only of
    /// ordinary English words.
    private func isPlaceName(_ range: Range<Int>) -> Bool {
        guard range.count <= 4 else { return false }
        return !range.contains { isCalendar($0) || words[$0].isAllCapitals || words[$0].isCamelCase }
            && range.contains { !dictionary.isCommonWord(words[$0].folded) }
    }

    private func isCalendar(_ index: Int) -> Bool {
        lexicons.calendar.contains(words[index].folded)
    }

    /// "March 6: Visit to Supported Village scheme, Willoughby": a diary line (a date then a
    /// colon) ending in a comma and a name gives that name as the place.
    private mutating func findDiaryPlaces() {
        var lineStart = 0
        for index in words.indices where words[index].kind == .lineBreak || index == words.count - 1 {
            let lineEnd = words[index].kind == .lineBreak ? index : index + 1
            defer { lineStart = index + 1 }
            guard lineEnd - lineStart >= 4, startsWithDate(lineStart, lineEnd) else { continue }
            var end = lineEnd
            while end > lineStart, words[end - 1].kind == .punctuation, words[end - 1].text == "." { end -= 1 }
            var start = end
            while start > lineStart, NameChain.isNameWord(words[start - 1]) || NameChain.isConnector(words[start - 1]) {
                start -= 1
            }
            guard start < end, start > lineStart, words[start - 1].text == ",", end - start <= 4,
                  !(start..<end).contains(where: { taken.contains($0) || isCalendar($0) }) else { continue }
            add(start..<end)
        }
    }

    private func startsWithDate(_ start: Int, _ end: Int) -> Bool {
        let head = start..<min(end, start + 4)
        guard let colon = head.first(where: { words[$0].text == ":" }) else { return false }
        let date = start..<colon
        return date.contains { isCalendar($0) } && date.contains { words[$0].kind == .number }
    }
}
