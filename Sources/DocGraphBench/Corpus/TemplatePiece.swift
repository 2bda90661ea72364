/// One piece of a paragraph template: text kept as it is, or a slot a generated document fills
/// with its own names, places, bodies and dates.
enum TemplatePiece: Equatable, Sendable {
    /// Words kept verbatim.
    case text(String)
    /// A place name; `key` is the original word, so every slot with the same key in one
    /// document gets the same place.
    case place(key: String)
    /// A person: an optional title kept as written, then a name of `words` words (1: surname
    /// only, as in "Mr Smith"; 2 or more: first name and surname). `key` is the original
    /// surname, so later mentions of the same person agree.
    case person(key: String, title: String, words: Int)
    /// A body: the leading place-like words (`key`) are replaced, the organisation words
    /// (`tail`, such as "District Council") kept.
    case organisation(key: String, tail: String)
    /// A month name, by its index in the year (0 for January).
    case month(Int)
    /// A year, as an offset from the template's own reference year.
    case year(offset: Int)

    /// True for a person, organisation or date slot: a run that holds one is more than kept words.
    var isSlotOtherThanPlace: Bool {
        switch self {
        case .text, .place: return false
        case .person, .organisation, .month, .year: return true
        }
    }
}
