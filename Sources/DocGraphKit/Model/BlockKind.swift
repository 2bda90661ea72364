/// The structural role of a ``Block`` in a document.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
    case heading
    case paragraph
    case listItem
    case caption
    case tableCell
}
