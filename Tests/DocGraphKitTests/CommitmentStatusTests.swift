import DocGraphKit
import Testing

@Suite struct CommitmentStatusTests {
    func date(_ iso: String) -> PartialDate? { PartialDate(iso: iso) }

    func status(_ followUps: [(FollowUpRelation, String)], due: String? = nil, asOf: String = "2017-09") -> CommitmentStatus {
        CommitmentStatus.derive(
            followUps: followUps.map { .init(relation: $0.0, date: date($0.1)) }, due: due.flatMap(date), asOf: date(asOf))
    }

    @Test func nothingSinceIsOpen() {
        #expect(status([]) == .open)
        #expect(status([], due: "2017-12") == .open)
    }

    @Test func aPassedDueDateWithoutFulfilmentIsOverdue() {
        #expect(status([], due: "2017-08") == .overdue)
        #expect(status([(.progress, "2017-07")], due: "2017-08") == .overdue)
        #expect(status([(.fulfilled, "2017-07")], due: "2017-08") == .fulfilled)
    }

    @Test func aDueDateInTheLatestDocumentsPeriodHasNotPassed() {
        #expect(status([], due: "2017-09-15") == .open)
        #expect(status([], due: "2017") == .open)
        #expect(CommitmentStatus.isPast(due: date("2017-08-31"), asOf: date("2017-09")))
        #expect(!CommitmentStatus.isPast(due: date("2017-09"), asOf: date("2017-09-30")))
        #expect(!CommitmentStatus.isPast(due: nil, asOf: date("2017-09")))
    }

    @Test func progressIsInProgress() {
        #expect(status([(.progress, "2017-03"), (.progress, "2017-07")]) == .inProgress)
    }

    @Test func theLatestDecisiveFollowUpWins() {
        #expect(status([(.fulfilled, "2017-07"), (.progress, "2017-09")]) == .fulfilled)
        #expect(status([(.changed, "2017-03"), (.fulfilled, "2017-07")]) == .fulfilled)
        #expect(status([(.fulfilled, "2017-07"), (.dropped, "2017-09")]) == .dropped)
        #expect(status([(.dropped, "2017-09"), (.changed, "2017-03")]) == .dropped)
        #expect(status([(.changed, "2017-09")]) == .changed)
    }

    @Test func theNamesAreTheSchemasWords() {
        #expect(CommitmentStatus.allCases.map(\.rawValue) == ["fulfilled", "changed", "dropped", "in progress", "overdue", "open"])
        #expect(FollowUpRelation.allCases.map(\.rawValue) == ["progress", "fulfilled", "changed", "dropped"])
    }
}
