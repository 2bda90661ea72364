/// The unit a relative date phrase counts in ("next month" counts months).
enum RelativeUnit: Sendable {
    case day, week, weekend, month, year
}
