/// That every relationship of a type has a node of a label at one end: what a compiled query
/// may assume in leaving out a label check, checked again when the query runs.
struct RelationshipEnd: Hashable, Sendable {
    enum Side: Int, Sendable {
        case start = 0
        case end = 1
    }

    var type: String
    var side: Side
    var label: String
}
