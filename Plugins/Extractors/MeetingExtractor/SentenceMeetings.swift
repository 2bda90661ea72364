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
        /// Participants and places for the meeting just before; `fallback` is the meeting the
        /// sentence reports when there is none before it in its section.
        case addition([MeetingCandidate.Participation], places: [String], fallback: MeetingCandidate?)
        case nothing

        /// The same reading with its candidates (the meeting, or the fallback) changed.
        func mapCandidate(_ change: (MeetingCandidate) -> MeetingCandidate) -> Reading {
            switch self {
            case .meeting(let candidate): return .meeting(change(candidate))
            case .addition(let participants, let places, let fallback):
                return .addition(participants, places: places, fallback: fallback.map(change))
            case .nothing: return .nothing
            }
        }
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
        if view.words.last == ":" && named == nil { return .nothing }

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
            let fallback = places.isEmpty ? nil : meeting(
                main: nouns.first, verbs: [], firstPerson: firstPerson, attendance: attendance, isCaption: false,
                scope: &scope, heading: heading)
            return participants.isEmpty && places.isEmpty
                ? .nothing : .addition(participants, places: places, fallback: fallback)
        }
        return .meeting(meeting(
            main: named ?? specific, verbs: verbs, firstPerson: firstPerson, attendance: attendance, isCaption: isCaption,
            scope: &scope, heading: heading))
    }

    /// The meeting a sentence reports, from its main noun phrase or its verbs.
    private func meeting(
        main: NounTrigger?, verbs: [VerbTrigger], firstPerson: [FirstPersonReference], attendance: Range<Int>?,
        isCaption: Bool, scope: inout MeetingScope, heading: TextRange?
    ) -> MeetingCandidate {
        let title = main?.title ?? verbs.first.map { verbTitle(from: $0.range, subject: $0.subjects.first, scope: scope) }
            ?? view.sentence.range
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
        for party in main?.parties ?? [] {
            candidate.add(.init(mention: party, role: "attendee", evidence: view.sentence.range))
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
        candidate.isHeading = isHeading
        candidate.date = date(near: anchor, scope: scope)
        candidate.isVague = main == nil && !isCaption && !verbs.contains(where: \.isActivity) && places.isEmpty
            && candidate.date == nil && !verbs.contains { $0.role != "attendee" && !$0.objects.isEmpty }
        candidate.status = status(of: candidate, scope: scope, verbs: verbs)
        return candidate
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
    func verbTitle(from range: Range<Int>, subject: String? = nil, scope: MeetingScope? = nil) -> TextRange {
        var start = range.lowerBound
        // "The Police and Crime Panel met on ...": a body met, and its name belongs in the title.
        if let subject, let party = scope?.parties.first(where: { $0.id == subject }) {
            let tokens = view.tokenIndices(of: party.range)
            if tokens.upperBound <= range.lowerBound, range.lowerBound - tokens.upperBound <= 1 { start = tokens.lowerBound }
        }
        var end = range.upperBound
        while end < view.words.count, end - range.lowerBound < SentenceMeetings.objectReach,
              !SentenceGrammar.clauseEnds.contains(view.words[end]) {
            if view.words[end] == ",", end + 1 < view.words.count, !view.isCapitalised(end + 1) { break }
            end += 1
        }
        return view.textRange(of: start..<end)
    }
}
