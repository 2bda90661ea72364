/// What sort of document a file is, as far as its reader can tell.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case newsletter, report, minutes, other
}
