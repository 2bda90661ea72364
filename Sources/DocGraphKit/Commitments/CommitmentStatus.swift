/// Where a commitment stands, on the model of PolitiFact's promise trackers.
///
/// The status is derived, never extracted: ``derive(followUps:due:asOf:)`` is the one rule,
/// shared by the follow-up linker (which records it for queries) and by the reports (which
/// compute it on read, so curated follow-ups count at once).
public enum CommitmentStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case fulfilled
    case changed
    case dropped
    case inProgress = "in progress"
    /// Its due date passed before the latest document, with no fulfilment.
    case overdue
    /// Nothing reported since it was made.
    case open

    /// One follow-up as the rule weighs it: what it says and when it was said.
    public struct FollowUp: Hashable, Sendable {
        public var relation: FollowUpRelation
        public var date: PartialDate?

        public init(relation: FollowUpRelation, date: PartialDate?) {
            self.relation = relation
            self.date = date
        }
    }

    /// The status of a commitment from its follow-ups.
    ///
    /// The latest follow-up that fulfils, changes or drops the commitment decides (undated
    /// follow-ups count as earliest; among equals the later in the list wins). Failing one,
    /// reported progress makes it in progress, unless its due date has passed, when it is
    /// overdue; with no follow-up at all it is overdue or open.
    ///
    /// - Parameters:
    ///   - due: when the commitment is due, if the text said.
    ///   - asOf: the date of the latest document, against which a due date has passed.
    public static func derive(followUps: [FollowUp], due: PartialDate?, asOf: PartialDate?) -> CommitmentStatus {
        let decisive = followUps.enumerated().filter { $0.element.relation != .progress }
            .max { left, right in
                order(left.element.date, left.offset) < order(right.element.date, right.offset)
            }
        if let decisive {
            switch decisive.element.relation {
            case .fulfilled: return .fulfilled
            case .changed: return .changed
            case .dropped: return .dropped
            case .progress: break
            }
        }
        if isPast(due: due, asOf: asOf) { return .overdue }
        return followUps.isEmpty ? .open : .inProgress
    }

    /// True when the whole period a due date names ended before `asOf` began.
    public static func isPast(due: PartialDate?, asOf: PartialDate?) -> Bool {
        guard let due, let asOf else { return false }
        let end = due.lastDay
        let start = asOf.firstDay
        return (end.year, end.month, end.day) < (start.year, start.month, start.day)
    }

    private static func order(_ date: PartialDate?, _ offset: Int) -> (Int, Int, Int, Int) {
        guard let date else { return (0, 0, 0, offset) }
        let day = date.firstDay
        return (day.year, day.month, day.day, offset)
    }
}
