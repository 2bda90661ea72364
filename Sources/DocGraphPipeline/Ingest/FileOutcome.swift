/// What happened to one file in an ingest.
public struct FileOutcome: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable {
        case added, unchanged, replaced, failed
    }

    public var path: String
    public var status: Status
    /// Why it failed, or what it duplicates.
    public var message: String?
    /// Things the user should know about a file that was read.
    public var warnings: [String]

    public init(path: String, status: Status, message: String? = nil, warnings: [String] = []) {
        self.path = path
        self.status = status
        self.message = message
        self.warnings = warnings
    }
}
