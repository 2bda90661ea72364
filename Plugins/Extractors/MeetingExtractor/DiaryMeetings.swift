import DocGraphKit

/// Turns diary entries into meeting candidates: every entry is a meeting on its date, planned
/// unless its date is before the document's; the words after the last comma are its place
/// when they are a short capitalised name ("8 March: Speaking at Unison AGM, Kenilworth"); the
/// author attends, as speaker or chair when the entry says so, with the people and bodies the
/// entry names.
struct DiaryMeetings {
    /// The most words a trailing place may have.
    static let placeWords = 4
    /// Small words a place name may hold ("Stratford upon Avon").
    static let placeJoiners: Set<String> = ["upon", "on", "in", "under", "le", "de", "&", "and", "of", "the"]

    func candidates(
        for entries: [DiaryEntry], scope: inout MeetingScope, sections: DocumentSections, sentenceIndex: (TextRange) -> Int
    ) -> [MeetingCandidate] {
        entries.map { entry in
            candidate(for: entry, scope: &scope, sentence: sentenceIndex(entry.range), sections: sections)
        }
    }

    private func candidate(
        for entry: DiaryEntry, scope: inout MeetingScope, sentence: Int, sections: DocumentSections
    ) -> MeetingCandidate {
        let tokens = Array(scope.annotations.tokens(inside: entry.body))
        let words = tokens.map { PhraseList.normalise($0.text) }
        var titleEnd = tokens.count
        var placeRange: TextRange?
        if let comma = tokens.lastIndex(where: { $0.text == "," }), comma + 1 < tokens.count {
            let segment = tokens[(comma + 1)...]
            let isName = segment.count <= DiaryMeetings.placeWords && segment.allSatisfy { token in
                token.kind == .word && (token.text.first?.isUppercase == true
                    || DiaryMeetings.placeJoiners.contains(token.text.lowercased()))
            }
            if isName, let first = segment.first, let last = segment.last {
                placeRange = TextRange(start: first.range.start, end: last.range.end)
                titleEnd = comma
            }
        }
        let title = titleEnd > 0
            ? TextRange(start: tokens[0].range.start, end: tokens[titleEnd - 1].range.end) : entry.body
        var kind = "meeting"
        var role = "attendee"
        var index = 0
        var foundNoun = false
        while index < titleEnd {
            if let length = scope.lexicon.verbs.match(at: index, in: words) {
                role = scope.lexicon.role(of: words[index..<(index + length)])
                if !foundNoun { kind = scope.lexicon.kind(of: words[index..<(index + length)]) }
                index += length
            } else if let length = scope.lexicon.nouns.match(at: index, in: words) {
                kind = scope.lexicon.kind(of: words[index..<(index + length)])
                foundNoun = true
                index += length
            } else {
                index += 1
            }
        }
        var candidate = MeetingCandidate(
            title: title, evidence: entry.range, kind: kind, status: scope.status(on: entry.date) ?? "planned",
            date: entry.date, source: .diary, section: sections.sectionOfSentence[safe: sentence] ?? 0,
            sentence: sentence, isNamed: true, isRecurring: false)
        if let author = scope.author {
            candidate.add(.init(mention: author.person, role: role, evidence: entry.range))
        }
        for party in scope.parties(inside: title) {
            if party.label == GraphVocabulary.place {
                candidate.addPlace(party.id, evidence: entry.range)
            } else {
                candidate.add(.init(mention: party.id, role: "attendee", evidence: entry.range))
            }
        }
        if let placeRange, let place = scope.place(over: placeRange) {
            candidate.addPlace(place, evidence: entry.range)
        }
        return candidate
    }
}
