/// An aggregate SQL function a compiled query calls, registered on the connection that runs it.
public struct SQLAggregate: Sendable {
    /// The SQL name, e.g. `cy_collect`.
    public let name: String
    /// How many arguments it takes; `nil` for any number.
    public let argumentCount: Int?
    /// The accumulator type; a new value of it is made for each group.
    public let accumulator: any SQLAccumulator.Type

    public init(name: String, argumentCount: Int?, accumulator: any SQLAccumulator.Type) {
        self.name = name
        self.argumentCount = argumentCount
        self.accumulator = accumulator
    }
}
