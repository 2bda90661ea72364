import DocGraphKit

/// Dates a meeting whose own sentence gives no date from the text around it: the sentence just
/// before it when that one reports no meeting and names one date ("... a scheme this October.
/// The free two-day event at ..."), else its section when the sentences of the section that
/// report no meeting name exactly one month or day ("... published in June. ... launched at a
/// special event ..."). Diary entries and recurring meetings keep what they have.
struct MeetingDating {
    let scope: MeetingScope
    /// For each sentence without a meeting of its own, its one date.
    private var sentenceDates: [Int: PartialDate] = [:]
    /// For each section, its one date, when its sentences without meetings name exactly one.
    private var sectionDates: [Int: PartialDate] = [:]

    init(
        scope: MeetingScope, sentences: [Sentence], sections: DocumentSections,
        readings: [(sentence: Int, section: Int, reading: SentenceMeetings.Reading)]
    ) {
        self.scope = scope
        var bySection: [Int: Set<PartialDate>] = [:]
        for item in readings where !sections.isHeading[item.sentence] {
            guard case .nothing = item.reading else { continue }
            let reader = SentenceMeetings(
                view: SentenceTokens(sentence: sentences[item.sentence], annotations: scope.annotations),
                index: item.sentence, section: item.section, isHeading: false)
            let dates = reader.dates(scope: scope)
            if dates.count == 1, let date = dates.first { sentenceDates[item.sentence] = date }
            bySection[item.section, default: []].formUnion(dates)
        }
        // A year alone ("this year's survey") says too little to tell two dates apart.
        for (section, dates) in bySection {
            let precise = dates.filter { $0.precision > .year }
            if precise.count == 1 { sectionDates[section] = precise.first }
        }
    }

    /// The candidate with a date from its surroundings when it has none.
    func dated(_ candidate: MeetingCandidate) -> MeetingCandidate {
        guard candidate.date == nil, candidate.source != .diary, !candidate.isRecurring else { return candidate }
        var dated = candidate
        dated.date = sentenceDates[candidate.sentence - 1] ?? sectionDates[candidate.section]
        if let status = scope.status(on: dated.date) { dated.status = status }
        return dated
    }
}
