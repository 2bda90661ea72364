extension QueryResult {
    /// The ids of every node and relationship the result holds, inside lists, maps and paths
    /// too: what `docgraph export --query` writes.
    public var elementIDs: (nodes: Set<Int64>, relationships: Set<Int64>) {
        var nodes = Set<Int64>()
        var relationships = Set<Int64>()
        func visit(_ value: CypherValue) {
            switch value {
            case .node(let node):
                nodes.insert(node.id)
            case .relationship(let relationship):
                relationships.insert(relationship.id)
                nodes.insert(relationship.startID)
                nodes.insert(relationship.endID)
            case .path(let path):
                path.nodes.forEach { nodes.insert($0.id) }
                path.relationships.forEach {
                    relationships.insert($0.id)
                }
            case .list(let items):
                items.forEach(visit)
            case .map(let entries):
                entries.values.forEach(visit)
            default:
                break
            }
        }
        rows.forEach { $0.forEach(visit) }
        return (nodes, relationships)
    }
}
