/// What the block finder decided a line is.
enum LineRole: Equatable {
    case heading(level: Int)
    /// A paragraph; `role` marks lines that are not body text: `title`, `letterhead`, `chrome`,
    /// `dateline` or `signature`.
    case paragraph(role: String?)
    /// A list item: `bullet`, `numbered`, `diary` or `lines` (short lines after an introduction
    /// that ends with a colon), with the date of a diary entry.
    case listItem(list: String, date: String?)
    case caption
}
