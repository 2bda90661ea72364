import DocGraphKit

/// Finds people, organisations and places by a name or alias and reports them with their
/// evidence, so a resolution can be checked; for an unknown name, the closest known names.
public struct EntityLookup: Sendable {
    /// The labels looked in, in the order reports come.
    public static let labels = [GraphVocabulary.person, GraphVocabulary.organisation, GraphVocabulary.place]

    let reader: any GraphReading

    public init(reader: any GraphReading) {
        self.reader = reader
    }

    /// Every entity whose name or one of whose aliases is the query (compared as resolution
    /// keys are: case, punctuation and a leading "the" ignored), those named so first.
    public func reports(named query: String) throws -> [EntityReport] {
        let wanted = NameKey.normalise(query)
        guard !wanted.isEmpty else { return [] }
        var matches: [(node: StoredNode, label: String, exact: Bool)] = []
        for label in Self.labels {
            for node in try reader.nodes(labeled: label) {
                let name = NameKey.normalise(node.properties["name"]?.stringValue ?? "")
                let aliases = (node.properties["aliases"]?.stringList ?? []).map(NameKey.normalise)
                if name == wanted || aliases.contains(wanted) { matches.append((node, label, name == wanted)) }
            }
        }
        guard !matches.isEmpty else { return [] }
        let context = try ReportContext(reader: reader)
        return try matches.sorted { $0.exact && !$1.exact }.map { try report(for: $0.node, label: $0.label, context: context) }
    }

    /// Up to `limit` known names closest to the query: fewest letters to change, names that
    /// share a word with it next.
    public func suggestions(for query: String, limit: Int = 3) throws -> [String] {
        let wanted = NameKey.normalise(query)
        let words = Set(wanted.split(separator: " "))
        var scored: [(name: String, score: Int)] = []
        for label in Self.labels {
            for node in try reader.nodes(labeled: label) {
                let names = [node.properties["name"]?.stringValue].compactMap { $0 } + (node.properties["aliases"]?.stringList ?? [])
                for name in names {
                    let normalised = NameKey.normalise(name)
                    let distance = EditDistance.between(wanted, normalised)
                    let sharesWord = !words.isDisjoint(with: normalised.split(separator: " "))
                    if distance <= max(2, wanted.count / 3) {
                        scored.append((name, distance))
                    } else if sharesWord {
                        scored.append((name, 1000 + distance))
                    }
                }
            }
        }
        var seen = Set<String>()
        return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.map(\.name)
            .filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    private func report(for node: StoredNode, label: String, context: ReportContext) throws -> EntityReport {
        let properties = node.properties
        let roles = context.roles.compactMap { relationship -> EntityReport.Role? in
            guard relationship.from == node.id || relationship.to == node.id else { return nil }
            let document = relationship.properties["document"]?.stringValue ?? ""
            return EntityReport.Role(
                title: relationship.properties["title"]?.stringValue ?? "", person: context.names[relationship.from] ?? "?",
                organisation: context.names[relationship.to] ?? "?", document: context.documentNames[document] ?? document,
                quote: relationship.properties["quote"]?.stringValue ?? "")
        }
        return EntityReport(
            id: node.id, label: label, name: node.displayName, aliases: properties["aliases"]?.stringList ?? [],
            titles: properties["titles"]?.stringList ?? [], statedRoles: properties["roles"]?.stringList ?? [],
            kind: properties["kind"]?.stringValue, roles: roles,
            sightings: try sightings(of: node.id, context: context))
    }

    /// Each spelling a node was seen under, per document, with the line of its first sighting.
    private func sightings(of id: Int64, context: ReportContext) throws -> [EntityReport.Sighting] {
        var result: [EntityReport.Sighting] = []
        var index: [String: Int] = [:]
        var texts: [String: String] = [:]
        for mention in try reader.mentions(ofNode: id) {
            let key = "\(mention.document)|\(mention.quote)"
            if let position = index[key] {
                result[position].count += 1
                continue
            }
            if texts[mention.document] == nil { texts[mention.document] = try reader.text(ofDocument: mention.document) ?? "" }
            index[key] = result.count
            result.append(EntityReport.Sighting(
                variant: mention.quote, document: context.documentNames[mention.document] ?? mention.document, count: 1,
                context: Self.line(around: mention, in: texts[mention.document] ?? "")))
        }
        return result
    }

    /// The line of a text that holds a mention (offsets in Unicode scalars), white space
    /// tidied; a long line is cut to about `width` characters around the mention.
    static func line(around mention: Evidence, in text: String, width: Int = 160) -> String {
        let offsets = UnicodeScalarOffsets(text)
        let start = offsets.utf8Offset(ofScalar: mention.start)
        let end = offsets.utf8Offset(ofScalar: mention.end)
        let bytes = Array(text.utf8)
        var lineStart = min(start, bytes.count)
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = min(max(end, lineStart), bytes.count)
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        let margin = max(20, (width - (end - start)) / 2)
        var cutStart = lineStart
        var cutEnd = lineEnd
        if lineEnd - lineStart > width {
            cutStart = max(lineStart, start - margin)
            cutEnd = min(lineEnd, max(end, start) + margin)
            while cutStart > lineStart, bytes[cutStart - 1] != 0x20 { cutStart -= 1 }
            while cutEnd < lineEnd, bytes[cutEnd] != 0x20 { cutEnd += 1 }
        }
        let line = Document.slice(text, TextRange(start: cutStart, end: cutEnd))
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return (cutStart > lineStart ? "… " : "") + line + (cutEnd < lineEnd ? " …" : "")
    }
}

/// What every report of one lookup shares: document names, entity names and role facts.
private struct ReportContext {
    var documentNames: [String: String]
    var names: [Int64: String]
    var roles: [StoredRelationship]

    init(reader: any GraphReading) throws {
        documentNames = Dictionary(try reader.documents().map { ($0.sha256, $0.name) }, uniquingKeysWith: { first, _ in first })
        var names: [Int64: String] = [:]
        for label in EntityLookup.labels {
            for node in try reader.nodes(labeled: label) { names[node.id] = node.displayName }
        }
        self.names = names
        roles = try reader.relationships(ofType: GraphVocabulary.holdsRole)
    }
}
