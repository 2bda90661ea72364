/// The pieces of a calendar date a text gave, before missing pieces are filled in from the
/// document's date.
struct DateParts: Hashable {
    var year: Int?
    var month: Int?
    var day: Int?
    /// ISO weekday (Monday 1) named beside the date, if any.
    var weekday: Int?
}
