/// Why a meetings report cannot be made.
public enum MeetingReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No person or organisation has the name or an alias like it.
    case unknownName(String, suggestions: [String])

    public var description: String {
        switch self {
        case .unknownName(let name, let suggestions):
            let closest = suggestions.isEmpty
                ? "the store holds no people or organisations yet"
                : "closest known: " + suggestions.joined(separator: ", ")
            return "no person or organisation called '\(name)'; \(closest)"
        }
    }
}
