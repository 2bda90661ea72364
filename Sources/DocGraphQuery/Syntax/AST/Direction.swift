/// Which way a relationship pattern points, read left to right.
public enum Direction: Hashable, Sendable {
    case outgoing
    case incoming
    case either
}
