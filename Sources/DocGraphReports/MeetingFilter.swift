import DocGraphKit

/// Which of a party's meetings to list.
public struct MeetingFilter: Hashable, Sendable {
    /// Keep only meetings another party also attended (a name resolved like the first).
    public var with: String?
    /// Keep meetings on or after this date.
    public var since: PartialDate?
    /// Keep meetings on or before this date.
    public var until: PartialDate?
    /// Keep only `held` or only `planned` meetings.
    public var status: String?

    public init(with: String? = nil, since: PartialDate? = nil, until: PartialDate? = nil, status: String? = nil) {
        self.with = with
        self.since = since
        self.until = until
        self.status = status
    }

    /// True when a date falls inside the filter's span; an unknown date passes only when the
    /// filter has no span.
    func admits(_ date: PartialDate?) -> Bool {
        guard since != nil || until != nil else { return true }
        guard let date else { return false }
        if let since, date < since, !date.agrees(with: since) { return false }
        if let until, until < date, !date.agrees(with: until) { return false }
        return true
    }
}
