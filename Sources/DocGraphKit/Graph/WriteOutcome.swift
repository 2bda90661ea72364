/// What writing one document did to the store.
public enum WriteOutcome: String, Hashable, Sendable, Codable {
    case added, replaced
}
