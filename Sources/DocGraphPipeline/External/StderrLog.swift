/// The most recent part of what a plugin wrote to stderr, bounded in size, kept so warnings can
/// quote the plugin's last words and `docgraph` can show them.
struct StderrLog: Sendable {
    /// The most bytes kept.
    let capacity: Int
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        self.capacity = capacity
    }

    mutating func append(_ chunk: some Collection<UInt8>) {
        bytes.append(contentsOf: chunk)
        if bytes.count > capacity { bytes.removeFirst(bytes.count - capacity) }
    }

    /// Everything kept, as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The last non-empty line, cut to `limit` characters; `nil` when there is none.
    func lastLine(limit: Int = 200) -> String? {
        let line = text.split(whereSeparator: \.isNewline).last { !$0.allSatisfy(\.isWhitespace) }
        guard let line else { return nil }
        let trimmed = line.trimmingPrefix(while: \.isWhitespace)
        return trimmed.count > limit ? String(trimmed.prefix(limit)) + "…" : String(trimmed)
    }
}
