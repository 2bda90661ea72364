import DocGraphKit
import GRDB

/// Keeping each node's merged properties and search text in step with its sources.
///
/// Every change of a node's sources goes through ``setSource(of:document:properties:)``,
/// ``insertNode(labels:key:document:properties:)`` or ``changeTally(of:_:)``, which update
/// the node's tally in memory; ``finish()`` then stores each touched node's tally and merged
/// properties once, in time proportional to what changed rather than to how many documents
/// name the node. Nodes the session inserted (``FreshNode``) are not read back.
extension GraphWriteSession {
    /// How many of a node's mentions, oldest first, its search text draws its quotes from.
    static let searchedMentions = 1_000
    /// How many distinct quotes a node's search text holds.
    static let searchedQuotes = 50

    /// Records what one document says about a node, replacing what it said before.
    mutating func setSource(of node: Int64, document: Int64, properties: Properties) throws {
        // A node inserted by this session has only the sources the session gave it.
        let isFirstSource = fresh[node].map { !$0.documents.contains(document) } ?? false
        let previous = isFirstSource ? nil : try String.fetchOne(
            db.cachedStatement(sql: "SELECT properties FROM node_source WHERE node_id = ? AND document_id = ?"),
            arguments: [node, document])
        try changeTally(of: node) { tally in
            if let previous { tally.remove(PropertyJSON.decode(previous)) }
            tally.add(properties)
        }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO node_source (node_id, document_id, properties) VALUES (?, ?, ?)")
            .execute(arguments: [node, document, PropertyJSON.encode(properties)])
        fresh[node]?.documents.insert(document)
        touched.insert(node)
    }

    /// Applies a change to a node's tally, reading it from the store the first time.
    mutating func changeTally(of node: Int64, _ change: (inout PropertyTally) -> Void) throws {
        var tally: PropertyTally
        if let known = tallies[node] {
            tally = known
        } else if let row = fresh[node] {
            tally = PropertyTally(stored: row.tally)
        } else {
            let stored = try String.fetchOne(db.cachedStatement(sql: "SELECT tally FROM node WHERE id = ?"), arguments: [node])
            tally = PropertyTally(stored: stored)
        }
        change(&tally)
        tallies[node] = tally
        fresh[node]?.settled = nil
    }

    /// Stores the tallies, merged properties and search text of touched nodes; drops extracted
    /// nodes that no document supports any more.
    mutating func finish() throws {
        for id in touched.sorted() {
            if let settled = fresh[id]?.settled {
                try refreshSearchText(of: id, properties: settled)
                continue
            }
            guard let row = try storedRow(of: id) else { continue }
            let tally = tallies[id] ?? PropertyTally(stored: row.tally)
            if tally.sources <= 0 && row.curated == nil && row.origin == "extracted" && row.owner == nil {
                try db.cachedStatement(sql: "DELETE FROM node WHERE id = ?").execute(arguments: [id])
                searchIndex.remove(id)
                fresh[id] = nil
                continue
            }
            let storedTally = tally.sources > 0 ? tally.stored : nil
            if tally.sources <= 0 && row.owner != nil {
                try db.cachedStatement(sql: "UPDATE node SET tally = ? WHERE id = ?").execute(arguments: [storedTally, id])
                fresh[id]?.tally = storedTally
                continue
            }
            let merged = PropertyMerger.apply(curated: PropertyJSON.decode(row.curated), to: tally.merged)
            let text = PropertyJSON.encode(merged)
            if text != row.properties || storedTally != row.tally {
                try db.cachedStatement(sql: "UPDATE node SET properties = ?, tally = ? WHERE id = ?")
                    .execute(arguments: [text, storedTally, id])
                fresh[id]?.properties = text
                fresh[id]?.tally = storedTally
            }
            if text == row.properties, try keepsSearchQuotes(id) { continue }
            try refreshSearchText(of: id, properties: merged)
        }
        touched.removeAll()
        tallies.removeAll()
        addedQuotes.removeAll()
        earlierMentions.removeAll()
    }

    /// True when a node's search quotes cannot have changed while a document was added: it had
    /// ``searchedMentions`` mentions before, and new mentions come after them. Popular nodes,
    /// named in most documents, then cost a look-up instead of reading their quotes.
    mutating func keepsSearchQuotes(_ id: Int64) throws -> Bool {
        // A node inserted by this session had no mentions before it.
        guard let before = mentionsBefore, fresh[id] == nil else { return false }
        // A kept row drawn from a full set of mentions says so without counting them: a deleted
        // or moved mention drops its node's row, and new mentions come after the others.
        let considered = try Int.fetchOne(
            db.cachedStatement(sql: "SELECT considered FROM node_search_quotes WHERE node_id = ?"), arguments: [id])
        if considered == Self.searchedMentions { return true }
        return try earlierMentionCount(of: id, before: before) == Self.searchedMentions
    }

    /// How many of a node's mentions, up to ``searchedMentions``, are not above `before`;
    /// counted once a session.
    mutating func earlierMentionCount(of id: Int64, before: Int64) throws -> Int {
        if let known = earlierMentions[id] { return known }
        let count = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM (SELECT 1 FROM mention WHERE node_id = ? AND id <= ? LIMIT \(Self.searchedMentions))
            """), arguments: [id, before]) ?? 0
        earlierMentions[id] = count
        return count
    }

    /// A node's search text: its string properties, then distinct quotes of its earliest
    /// mentions. Rewritten only when it changed.
    mutating func refreshSearchText(of id: Int64, properties: Properties) throws {
        let quotes: [String]
        let current: String?
        if let row = fresh[id] {
            quotes = Self.searchQuotes(row.quotes)
            // A deleted node's id can come back, and a store written by an earlier version may
            // still hold that node's search text.
            let mayHaveOlderText = try row.searchText == nil && id <= highestSearchRow()
            if !mayHaveOlderText {
                current = row.searchText
            } else {
                current = try searchIndex.text(of: id, in: db)
            }
        } else {
            quotes = try storedSearchQuotes(of: id)
            current = try searchIndex.text(of: id, in: db)
        }
        let words = properties.keys.sorted().flatMap { properties[$0]?.stringList ?? [] }
        let text = (words + quotes).joined(separator: "\n")
        guard current != text else { return }
        searchIndex.replace(id, current: current, with: text)
        fresh[id]?.searchText = text
    }

    /// The quotes a stored node's search text draws on. While a document is added, and the kept
    /// row (`node_search_quotes`) covers exactly the node's earlier mentions (all of them, or
    /// the first ``searchedMentions``), they are its kept quotes with the new mentions' quotes
    /// added; otherwise they are read from the node's earliest mentions. The kept row is
    /// written when it changed.
    mutating func storedSearchQuotes(of id: Int64) throws -> [String] {
        if let before = mentionsBefore, let kept = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT considered, quotes FROM node_search_quotes WHERE node_id = ?"), arguments: [id]) {
            let considered: Int = kept[0]
            if considered == (try earlierMentionCount(of: id, before: before)) {
                var quotes = PropertyJSON.decodeLabels(kept[1])
                let taken = (addedQuotes[id] ?? []).prefix(Self.searchedMentions - considered)
                guard !taken.isEmpty else { return quotes }
                var seen = Set(quotes)
                for quote in taken where quotes.count < Self.searchedQuotes && seen.insert(quote).inserted {
                    quotes.append(quote)
                }
                try keepSearchQuotes(quotes, considered: considered + taken.count, of: id)
                return quotes
            }
        }
        let earliest = try String.fetchAll(db.cachedStatement(sql: """
            SELECT quote FROM mention WHERE node_id = ? ORDER BY id LIMIT \(Self.searchedMentions)
            """), arguments: [id])
        let quotes = Self.searchQuotes(earliest)
        try keepSearchQuotes(quotes, considered: earliest.count, of: id)
        return quotes
    }

    private func keepSearchQuotes(_ quotes: [String], considered: Int, of id: Int64) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO node_search_quotes (node_id, considered, quotes) VALUES (?, ?, ?)")
            .execute(arguments: [id, considered, PropertyJSON.encodeLabels(quotes)])
    }

    /// The largest row id of the search index when the session first asks: a node the session
    /// inserted above it has no search text but what the session gave it.
    mutating func highestSearchRow() throws -> Int64 {
        if let known = searchRowCeiling { return known }
        let highest = try Int64.fetchOne(db, sql: "SELECT rowid FROM node_fts ORDER BY rowid DESC LIMIT 1") ?? 0
        searchRowCeiling = highest
        return highest
    }

    /// The quotes a search text draws on, from a node's mention quotes oldest first: the
    /// distinct ones among the first ``searchedMentions``, in order, at most ``searchedQuotes``.
    static func searchQuotes(_ quotes: [String]) -> [String] {
        var seen = Set<String>()
        var chosen: [String] = []
        for quote in quotes.prefix(searchedMentions) where chosen.count < searchedQuotes {
            if seen.insert(quote).inserted { chosen.append(quote) }
        }
        return chosen
    }

    /// The stored columns ``finish()`` weighs a node by: from memory for a node this session
    /// inserted, otherwise read; `nil` when the node is gone.
    private func storedRow(of id: Int64) throws -> (curated: String?, origin: String, owner: String?, properties: String, tally: String?)? {
        if let row = fresh[id] {
            return (nil, "extracted", row.owner, row.properties, row.tally)
        }
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT curated, origin, owner, properties, tally FROM node WHERE id = ?"), arguments: [id])
        else { return nil }
        return (row["curated"], row["origin"], row["owner"], row["properties"], row["tally"])
    }
}
