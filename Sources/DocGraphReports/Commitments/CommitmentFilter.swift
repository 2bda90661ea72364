import DocGraphKit

/// Which commitments a report shows: by status, by maker, by words.
public struct CommitmentFilter: Hashable, Sendable {
    public var status: CommitmentStatus?
    /// A maker's name, or part of it, or one of their aliases ("Smith", "OPCC").
    public var maker: String?
    /// Words the commitment's text or sentence holds, in any case.
    public var search: String?

    public init(status: CommitmentStatus? = nil, maker: String? = nil, search: String? = nil) {
        self.status = status
        self.maker = maker
        self.search = search
    }
}

extension CommitmentCatalog {
    /// The entries the filter keeps, in catalog order.
    public func entries(matching filter: CommitmentFilter) -> [CommitmentEntry] {
        entries.filter { entry in
            if let status = filter.status, entry.status != status { return false }
            if let maker = filter.maker, !entry.madeBy.contains(where: { names($0, contain: maker) }) { return false }
            if let search = filter.search, !Self.text(of: entry, holds: search) { return false }
            return true
        }
    }

    /// True when a maker's name or an alias holds the wanted name's words in a row.
    func names(_ name: String, contain wanted: String) -> Bool {
        let words = NameKey.normalise(wanted).split(separator: " ")
        guard !words.isEmpty else { return false }
        return ([name] + (aliases[name] ?? [])).contains { candidate in
            let have = NameKey.normalise(candidate).split(separator: " ")
            guard have.count >= words.count else { return false }
            return (0...(have.count - words.count)).contains { Array(have[$0..<($0 + words.count)]) == words }
        }
    }

    /// True when the commitment's text or sentence holds the words, ignoring case and spacing.
    static func text(of entry: CommitmentEntry, holds search: String) -> Bool {
        let wanted = collapsed(search)
        guard !wanted.isEmpty else { return true }
        return [entry.text, entry.quote ?? ""].contains { collapsed($0).contains(wanted) }
    }

    private static func collapsed(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
