/// What the rules found in a clause: the kind of commitment and where its words start.
struct CommitmentCue: Hashable, Sendable {
    var kind: CommitmentKind
    /// Index of the clause word the commitment's text starts at.
    var start: Int
    /// Index of the clause word that makes it a commitment (the modal, the pledge word); the
    /// timetable is read after it.
    var position: Int
    /// True when only a timetable makes the statement a commitment (an impersonal future:
    /// "this will be followed in the summer by ..."); the extractor drops it without one.
    var needsTimetable: Bool = false
    /// True when an adverb such as "later" or "then" already gives the timetable.
    var hasTimingAdverb: Bool = false
    /// Who the statement's subject is.
    var subject: CommitmentSubject = .author
}

/// Who speaks in a commitment: the author in person ("I"), the author's office or team ("we",
/// "my office"), or nobody named (an impersonal future, which the author states).
enum CommitmentSubject: Hashable, Sendable {
    case author, office, impersonal
}
