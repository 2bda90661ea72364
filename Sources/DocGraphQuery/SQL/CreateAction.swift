/// One element CREATE (or MERGE, when nothing matched) makes, filling a column of the row.
enum CreateAction: Sendable {
    /// A node with labels and properties (a map from `properties`, evaluated on the row).
    case node(column: Int, labels: [String], properties: RowEvaluator?)
    /// A relationship between the nodes in two columns.
    case relationship(column: Int, type: String, from: Int, to: Int, properties: RowEvaluator?)
    /// A path over node and relationship columns, alternating, starting with a node.
    case path(column: Int, elements: [Int])
}
