/// A rule pack's phrase rules, keyed by their first bytes, so that a token is compared only
/// with phrases it can start: a token of at least ``keyLength`` bytes with the phrases that
/// share its first ``keyLength`` bytes, a shorter token with the phrases that start with all of
/// it. Phrases under a key keep the order they were added in.
struct PhraseIndex: Sendable {
    /// How many leading bytes key a phrase.
    static let keyLength = 3

    private var phrases: [UInt32: [(pattern: Int, phrase: [UInt8])]] = [:]

    /// Adds a phrase (its UTF-8 bytes) for a rule; an empty phrase is never found.
    mutating func add(_ phrase: [UInt8], pattern: Int) {
        guard !phrase.isEmpty else { return }
        for length in 1...min(Self.keyLength, phrase.count) {
            phrases[Self.key(phrase.prefix(length)), default: []].append((pattern, phrase))
        }
    }

    /// The phrases a token's text (its UTF-8 bytes) can be the start of, in the order they were added.
    func candidates(startingWith token: some Collection<UInt8>) -> [(pattern: Int, phrase: [UInt8])] {
        guard !token.isEmpty else { return [] }
        return phrases[Self.key(token.prefix(Self.keyLength))] ?? []
    }

    /// Up to ``keyLength`` bytes and their count in one number.
    private static func key(_ bytes: some Collection<UInt8>) -> UInt32 {
        var key = UInt32(bytes.count) << 24
        for (position, byte) in bytes.enumerated() {
            key |= UInt32(byte) << (16 - 8 * UInt32(position))
        }
        return key
    }
}
