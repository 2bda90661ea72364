/// What can go wrong with the store, in words a user can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String, unknown: [String])
    case busy(path: String)
    case database(message: String)
    case notFound(what: String)
    case invalid(message: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the store \(path): \(reason)"
        case .newerSchema(let path, let unknown):
            return "the store \(path) was written by a newer docgraph (schema \(unknown.joined(separator: ", "))); "
                + "upgrade docgraph to open it"
        case .busy(let path):
            return "the store \(path) is busy: another docgraph process is writing to it; try again when it finishes"
        case .database(let message):
            return "store error: \(message)"
        case .notFound(let what):
            return "\(what) is not in the store"
        case .invalid(let message):
            return message
        }
    }
}
