/// How a variable is held in a row of SQL: an id for nodes and relationships (so joins use the
/// store's indexes), an encoded value for everything else.
public enum ColumnKind: Hashable, Sendable {
    case node
    case relationship
    case value
}
