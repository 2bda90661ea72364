import DocGraphStore

/// Prints a store's counts as two tables: nodes by label and relationships by type.
enum StatisticsReport {
    static func render(_ statistics: StoreStatistics) -> String {
        let labels = TextTable(
            headers: ["Nodes", "count"],
            rows: statistics.nodesByLabel.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] }
                + [["total", String(statistics.nodes)]],
            rightAligned: [1])
        let types = TextTable(
            headers: ["Relationships", "count"],
            rows: statistics.relationshipsByType.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] }
                + [["total", String(statistics.relationships)]],
            rightAligned: [1])
        return labels.render() + "\n\n" + types.render()
    }
}
