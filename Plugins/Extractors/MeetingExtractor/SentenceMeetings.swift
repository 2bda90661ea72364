import DocGraphKit

/// Reads one sentence for a meeting. A sentence reports a meeting when
/// - a word of taking part ("attended", "chaired", "met with", "joined") has a subject: "I" or
///   "we", a person or body named just before it, or none at all when the sentence starts with
///   it (an activity summary: "Chaired the Alliance Governance Group meeting");
/// - or it names a particular event: a meeting word with a proper name before it ("Kenilworth
///   Show", "Police and Crime Panel meeting"), or with a place, a body or people after it
///   ("a special ceremony in London", "the conference of the Association of ..."), or that the
///   author takes part in ("my address to the conference"), or that recurs ("a weekly meeting").
///
/// A sentence that only points back at an event ("The meeting heard ...", "Also in attendance
/// were ...") adds what it says to the meeting just before it; a picture caption ("Pictured
/// above are ...") is a meeting of its own that later merges with the one its section reports.
/// A hypothetical or negated report ("I would convene a meeting", "I wasn't able to attend") is
/// no meeting. One sentence gives at most one meeting.
struct SentenceMeetings {
    /// What a sentence says about meetings.
    enum Reading {
        case meeting(MeetingCandidate)
        /// Participants and places for the meeting just before.
        case addition([MeetingCandidate.Participation], places: [String])
        case nothing
    }

    /// The most words between a subject and its verb ("I have also recently attended").
    static let subjectReach = 5
    /// The most words before a trigger that can make it hypothetical ("once the date of its first meeting").
    static let unrealisedReach = 7
    /// The most words of a noun phrase before its meeting word.
    static let phraseReach = 7
    /// The most words of a trigger's object.
    static let objectReach = 14

    let view: SentenceTokens
    let index: Int
    let section: Int
    let isHeading: Bool

    func read(scope: inout MeetingScope, heading: TextRange?) -> Reading {
        let words = view.words
        let firstPerson = firstPersonReferences(scope: scope)
        let verbs = verbTriggers(scope: scope, firstPerson: firstPerson)
        let nouns = nounTriggers(scope: scope, firstPerson: firstPerson)
        let isCaption = scope.lexicon.caption.firstMatch(in: words) != nil || startsWithPlaceList(scope: scope)
        let attendance = scope.lexicon.attendance.firstMatch(in: words)
        let named = nouns.first { $0.isNamed }
        let specific = nouns.first { !$0.isAnaphoric }
        guard !isHeading || named != nil else { return .nothing }

        if verbs.isEmpty && specific == nil && !isCaption {
            guard nouns.contains(where: \.isAnaphoric) || attendance != nil else { return .nothing }
            var participants = firstPerson.map {
                MeetingCandidate.Participation(mention: $0.mention, role: "attendee", evidence: view.sentence.range)
            }
            if let attendance {
                participants += partiesAfter(attendance.upperBound, scope: scope).map {
                    .init(mention: $0.id, role: "attendee", evidence: view.sentence.range)
                }
            }
            let places = nouns.flatMap(\.places)
            return participants.isEmpty && places.isEmpty ? .nothing : .addition(participants, places: places)
        }

        let main = named ?? specific
        let title = main?.title ?? verbs.first.map { verbTitle(from: $0.range) } ?? view.sentence.range
        var candidate = MeetingCandidate(
            title: isCaption && main == nil && verbs.isEmpty ? (heading ?? view.sentence.range) : title,
            evidence: view.sentence.range, kind: main?.kind ?? verbs.first?.kind ?? "event", status: "held",
            date: nil, source: isCaption && main == nil && verbs.isEmpty ? .caption : .narrative, section: section,
            sentence: index, isNamed: main?.isNamed ?? false, isRecurring: main?.isRecurring ?? false)
        if candidate.isRecurring { candidate.kind = "recurring" }
        for verb in verbs {
            for subject in verb.subjects { candidate.add(.init(mention: subject, role: verb.role, evidence: view.sentence.range)) }
            for party in verb.objects { candidate.add(.init(mention: party, role: "attendee", evidence: view.sentence.range)) }
        }
        for noun in nouns where !noun.isAnaphoric || noun.range == main?.range {
            for party in noun.parties { candidate.add(.init(mention: party, role: "attendee", evidence: view.sentence.range)) }
        }
        for reference in firstPerson {
            candidate.add(.init(mention: reference.mention, role: "attendee", evidence: view.sentence.range))
        }
        if let attendance {
            for party in partiesAfter(attendance.upperBound, scope: scope) {
                candidate.add(.init(mention: party.id, role: "attendee", evidence: view.sentence.range))
            }
        }
        if isCaption {
            for party in scope.parties(inside: view.sentence.range, labels: [GraphVocabulary.person]) {
                candidate.add(.init(mention: party.id, role: "attendee", evidence: view.sentence.range))
            }
        }
        let anchor = main?.range.lowerBound ?? verbs.first?.range.lowerBound ?? 0
        var places = main?.places ?? []
        if places.isEmpty, let place = placeAfter(anchor, scope: &scope) { places.append(place) }
        if places.isEmpty, main?.isNamed == true {
            let rest = TextRange(start: view.tokens[anchor].range.start, end: view.sentence.range.end)
            places += scope.parties(inside: rest, labels: [GraphVocabulary.place]).prefix(1).map(\.id)
        }
        for place in places { candidate.addPlace(place, evidence: view.sentence.range) }
        candidate.isVague = main == nil && !isCaption && !verbs.contains(where: \.isActivity) && places.isEmpty
        candidate.date = date(near: anchor, scope: scope)
        candidate.status = status(of: candidate, scope: scope, verbs: verbs)
        return .meeting(candidate)
    }

    /// Planned when the sentence speaks of the future or the date is after the document's;
    /// a recurring meeting in the present tense is planned too; held otherwise.
    private func status(of candidate: MeetingCandidate, scope: MeetingScope, verbs: [VerbTrigger]) -> String {
        if let byDate = scope.status(on: candidate.date) { return byDate }
        if view.words.contains(where: SentenceGrammar.future.contains) { return "planned" }
        if candidate.isRecurring {
            let pastVerb = verbs.contains { $0.isActivity || view.words[$0.range].joined().hasSuffix("ed") }
            let pastWord = view.words.contains(where: SentenceGrammar.past.contains)
            return pastVerb || pastWord ? "held" : "planned"
        }
        return "held"
    }

    /// The title of a meeting a verb reports: the verb and its object, to the end of the clause.
    func verbTitle(from range: Range<Int>) -> TextRange {
        var end = range.upperBound
        while end < view.words.count, end - range.lowerBound < SentenceMeetings.objectReach,
              !SentenceGrammar.clauseEnds.contains(view.words[end]) {
            if view.words[end] == ",", end + 1 < view.words.count, !view.isCapitalised(end + 1) { break }
            end += 1
        }
        return view.textRange(of: range.lowerBound..<end)
    }
}
