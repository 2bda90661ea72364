/// A result column: its name and how its SQL value is read back.
public struct OutputColumn: Hashable, Sendable {
    public var name: String
    public var kind: ColumnKind
}
