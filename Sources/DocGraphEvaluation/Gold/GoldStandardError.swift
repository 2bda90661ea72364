/// Why a gold file cannot be used, in one line naming the file, the entry and the fix.
public enum GoldStandardError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is missing or cannot be read.
    case unreadable(path: String, reason: String)
    /// The file does not parse as JSON; `detail` says where when the parser tells.
    case notJSON(path: String, detail: String?)
    /// The JSON does not have the annotation file's shape, or names something it does not list.
    /// `location` is a path such as `people[2].docs`; `problem` says what is wrong there.
    case invalid(path: String, location: String, problem: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read the gold file \(path): \(reason)"
        case .notJSON(let path, let detail):
            return "the gold file \(path) is not valid JSON" + (detail.map { " (\($0))" } ?? "")
                + "; fix it or pass another file with --gold"
        case .invalid(let path, let location, let problem):
            return "the gold file \(path) is wrong at \(location): \(problem); docs/evaluation.md describes its shape"
        }
    }
}
