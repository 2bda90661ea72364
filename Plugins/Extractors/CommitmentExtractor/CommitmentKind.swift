/// What sort of commitment a statement makes: the `kind` property of a Commitment.
enum CommitmentKind: String, Hashable, Sendable {
    /// An explicit pledge: "I pledged to ...", "the pledge I made to ...".
    case pledge
    /// A promise or a first-person statement of what the author will do: "I will continue to
    /// ...", "the assurance that I would ...".
    case promise
    /// A stated aim or intention: "my aim is to ...", "we are looking to appoint ...".
    case intention
    /// An impersonal future action with a timetable: "works are expected to be completed by
    /// the end of 2017", "this will be followed in the summer by ...".
    case expectation
}
