/// A word, number, punctuation mark or symbol of a text, with where it lies.
public struct Token: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case word, number, punctuation, symbol
    }

    public var kind: Kind
    /// UTF-8 offsets into the text the token came from.
    public var range: TextRange
    public var text: String

    public init(kind: Kind, range: TextRange, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }
}
