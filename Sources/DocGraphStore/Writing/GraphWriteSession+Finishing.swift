import DocGraphKit
import GRDB

/// Keeping each node's merged properties and search text in step with its sources.
///
/// Every change of a node's sources goes through ``setSource(of:document:properties:text:)``
/// or ``changeTally(of:_:)``, which update the node's tally in memory; ``finish()`` then
/// stores each touched node's tally and merged properties once, in time proportional to what
/// changed rather than to how many documents name the node.
extension GraphWriteSession {
    /// How many of a node's mentions, oldest first, its search text draws its quotes from.
    static let searchedMentions = 1_000
    /// How many distinct quotes a node's search text holds.
    static let searchedQuotes = 50

    /// Records what one document says about a node, replacing what it said before.
    mutating func setSource(of node: Int64, document: Int64, properties: Properties, text: String? = nil) throws {
        let previous = try String.fetchOne(
            db.cachedStatement(sql: "SELECT properties FROM node_source WHERE node_id = ? AND document_id = ?"),
            arguments: [node, document])
        try changeTally(of: node) { tally in
            if let previous { tally.remove(PropertyJSON.decode(previous)) }
            tally.add(properties)
        }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO node_source (node_id, document_id, properties) VALUES (?, ?, ?)")
            .execute(arguments: [node, document, text ?? PropertyJSON.encode(properties)])
        touched.insert(node)
    }

    /// Applies a change to a node's tally, reading it from the store the first time.
    mutating func changeTally(of node: Int64, _ change: (inout PropertyTally) -> Void) throws {
        var tally: PropertyTally
        if let known = tallies[node] {
            tally = known
        } else {
            let stored = try String.fetchOne(db.cachedStatement(sql: "SELECT tally FROM node WHERE id = ?"), arguments: [node])
            tally = PropertyTally(stored: stored)
        }
        change(&tally)
        tallies[node] = tally
    }

    /// Stores the tallies, merged properties and search text of touched nodes; drops extracted
    /// nodes that no document supports any more.
    mutating func finish() throws {
        for id in touched.sorted() {
            guard let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT curated, origin, owner, properties, tally FROM node WHERE id = ?"), arguments: [id])
            else { continue }
            let tally = tallies[id] ?? PropertyTally(stored: row["tally"])
            let curated: String? = row["curated"]
            let origin: String = row["origin"]
            let owner: String? = row["owner"]
            if tally.sources <= 0 && curated == nil && origin == "extracted" && owner == nil {
                try db.cachedStatement(sql: "DELETE FROM node WHERE id = ?").execute(arguments: [id])
                try db.cachedStatement(sql: "DELETE FROM node_fts WHERE rowid = ?").execute(arguments: [id])
                continue
            }
            let storedTally = tally.sources > 0 ? tally.stored : nil
            if tally.sources <= 0 && owner != nil {
                try db.cachedStatement(sql: "UPDATE node SET tally = ? WHERE id = ?").execute(arguments: [storedTally, id])
                continue
            }
            let merged = PropertyMerger.apply(curated: PropertyJSON.decode(curated), to: tally.merged)
            let text = PropertyJSON.encode(merged)
            let current: String = row["properties"]
            if text != current || storedTally != row["tally"] {
                try db.cachedStatement(sql: "UPDATE node SET properties = ?, tally = ? WHERE id = ?")
                    .execute(arguments: [text, storedTally, id])
            }
            if text == current, try keepsSearchQuotes(id) { continue }
            try refreshSearchText(of: id, properties: merged)
        }
        touched.removeAll()
        tallies.removeAll()
    }

    /// True when a node's search quotes cannot have changed while a document was added: it had
    /// ``searchedMentions`` mentions before, and new mentions come after them. Popular nodes,
    /// named in most documents, then cost an index count instead of reading their quotes.
    func keepsSearchQuotes(_ id: Int64) throws -> Bool {
        guard let before = mentionsBefore else { return false }
        let earlier = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM (SELECT 1 FROM mention WHERE node_id = ? AND id <= ? LIMIT \(Self.searchedMentions))
            """), arguments: [id, before]) ?? 0
        return earlier == Self.searchedMentions
    }

    /// A node's search text: its string properties, then distinct quotes of its earliest
    /// mentions. Rewritten only when it changed.
    func refreshSearchText(of id: Int64, properties: Properties) throws {
        let quotes = try String.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT quote FROM (SELECT quote FROM mention WHERE node_id = ? ORDER BY id LIMIT \(Self.searchedMentions))
            LIMIT \(Self.searchedQuotes)
            """), arguments: [id])
        let words = properties.keys.sorted().flatMap { properties[$0]?.stringList ?? [] }
        let text = (words + quotes).joined(separator: "\n")
        let current = try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM node_fts WHERE rowid = ?"), arguments: [id])
        guard current != text else { return }
        if current != nil {
            try db.cachedStatement(sql: "DELETE FROM node_fts WHERE rowid = ?").execute(arguments: [id])
        }
        try db.cachedStatement(sql: "INSERT INTO node_fts (rowid, text) VALUES (?, ?)").execute(arguments: [id, text])
    }
}
