/// Finding a phrase in a text by its UTF-8 bytes: a plain scan, much faster than a search by
/// characters on long texts, and exact for the lower-case ASCII cues it is used with.
enum UTF8Search {
    /// True when `needle`'s bytes occur in `haystack`'s bytes.
    static func contains(_ haystack: some StringProtocol, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let body: (UnsafeBufferPointer<UInt8>) -> Bool = { bytes in
            guard bytes.count >= pattern.count else { return false }
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var matched = 1
                    while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return true }
                }
                index += 1
            }
            return false
        }
        if let found = haystack.utf8.withContiguousStorageIfAvailable(body) { return found }
        return Array(haystack.utf8).withUnsafeBufferPointer(body)
    }
}
