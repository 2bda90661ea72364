/// One single query of a UNION, as stages run in order over a set of rows.
struct CompiledPart: Sendable {
    var stages: [CompiledStage]
    /// The final layout and which of its columns the result shows, in order.
    var layout: RowLayout
    var output: [RowColumn]
}
