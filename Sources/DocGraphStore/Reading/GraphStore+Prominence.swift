import DocGraphKit
import GRDB

extension GraphStore {
    /// How many nodes tied at the last place of ``mostMentioned(labeled:limit:)`` are ordered
    /// by reading their rows; past it, the first of them by name are found by walking the name
    /// index instead. Where every node is mentioned by one document (meetings, decisions), all
    /// of them tie: 758,000 rows read at 100,000 documents, most of the time when the store was
    /// not in the page cache.
    static let tiesOrderedFromRows = 10_000

    /// The nodes with a label that the most documents mention, most first (ties by name, then
    /// id), with how many documents mention each: what `docgraph ingest` shows as "what was found".
    public func mostMentioned(labeled label: String, limit: Int) throws -> [(node: StoredNode, documents: Int)] {
        try mostMentioned(labeled: label, limit: limit, tiesOrderedFromRows: Self.tiesOrderedFromRows)
    }

    /// ``mostMentioned(labeled:limit:)`` with the number of tied nodes ordered from their rows.
    func mostMentioned(labeled label: String, limit: Int, tiesOrderedFromRows: Int) throws -> [(node: StoredNode, documents: Int)] {
        guard limit > 0 else { return [] }
        return try read { db in
            // Each node's documents, counted from the covering (node_id, document_id) index.
            var counts: [Int64: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT l.node_id, (SELECT count(DISTINCT m.document_id) FROM mention m INDEXED BY mention_node_document
                                   WHERE m.node_id = l.node_id)
                FROM node_label l WHERE l.label = ?
                """, arguments: [label])
            while let row = try rows.next() {
                let documents: Int = row[1]
                if documents > 0 { counts[row[0]] = documents }
            }
            guard !counts.isEmpty else { return [] }
            let descending = counts.values.sorted(by: >)
            let last = descending[min(limit, descending.count) - 1]
            var chosen = counts.filter { $0.value > last }.map(\.key)
            let tied = counts.filter { $0.value == last }.map(\.key)
            if tied.count <= tiesOrderedFromRows {
                chosen += tied
            } else {
                chosen += try Self.firstByName(of: Set(tied), count: limit - chosen.count, in: db)
            }
            // In name order, then most documents first, the name order kept among equals.
            let nodes = try Row.fetchAll(db, sql: """
                SELECT id, labels, properties, key FROM node WHERE id IN (SELECT value FROM json_each(?))
                ORDER BY json_extract(properties, '$.name'), id
                """, arguments: ["[" + chosen.map(String.init).joined(separator: ",") + "]"]).map(Self.storedNode)
            return nodes.enumerated()
                .sorted { (counts[$0.element.id] ?? 0, -$0.offset) > (counts[$1.element.id] ?? 0, -$1.offset) }
                .prefix(limit)
                .map { ($0.element, counts[$0.element.id] ?? 0) }
        }
    }

    /// The first `count` of `nodes` in the order of their names, then ids, read off the name
    /// index without reading the nodes' rows.
    private static func firstByName(of nodes: Set<Int64>, count: Int, in db: Database) throws -> [Int64] {
        var found: [Int64] = []
        let ids = try Int64.fetchCursor(db, sql: """
            SELECT id FROM node INDEXED BY node_name ORDER BY json_extract(properties, '$.name'), id
            """)
        while found.count < count, let id = try ids.next() {
            if nodes.contains(id) { found.append(id) }
        }
        return found
    }
}
