/// For each boilerplate key (a passage's stems without dates and numbers), the documents whose
/// passages have it, counted up to ``FollowUpCorpus/recurringDocuments``: enough to tell a
/// recurring line from one repeated by a single other document, in a few bytes a key.
///
/// Keys are held as 64-bit hashes (FNV-1a of their UTF-8), not strings: two different keys
/// share a hash with a chance of about n²/2⁶⁵ for n keys, which for millions of passages is
/// below one in a million runs.
struct BoilerplateIndex: Sendable {
    /// The first documents seen with a key, and how many distinct documents have it (at most
    /// ``limit``).
    private struct Seen: Sendable {
        var first: Int32
        var second: Int32
        var count: Int32
    }

    private var seen: [Int64: Seen] = [:]
    /// Counting stops here: a key in this many documents recurs, whichever they are.
    let limit: Int

    /// `limit` is at most 3: two documents are remembered, the third only counted.
    init(limit: Int) {
        precondition((1...3).contains(limit), "a boilerplate index remembers two documents a key")
        self.limit = limit
    }

    /// The hash a key is held by; 0 for the empty key, which marks a passage without one.
    static func hash(_ key: String) -> Int64 {
        guard !key.isEmpty else { return 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int64(bitPattern: hash == 0 ? 1 : hash)
    }

    /// Notes that a document has a passage with a key (by its hash; 0 is ignored).
    mutating func insert(_ key: Int64, document: Int) {
        guard key != 0 else { return }
        let document = Int32(document)
        guard var entry = seen[key] else {
            seen[key] = Seen(first: document, second: -1, count: 1)
            return
        }
        guard entry.count < limit, entry.first != document, entry.second != document else { return }
        if entry.count == 1 { entry.second = document }
        entry.count += 1
        seen[key] = entry
    }

    /// How many distinct documents have a key, at most ``limit``.
    func documentCount(of key: Int64) -> Int {
        seen[key].map { Int($0.count) } ?? 0
    }

    /// True when a document has a key; exact while fewer than ``limit`` documents have it.
    func contains(_ key: Int64, document: Int) -> Bool {
        guard let entry = seen[key] else { return false }
        return entry.first == Int32(document) || entry.second == Int32(document)
    }
}
