import DocGraphKit

/// A meeting or decision an extractor found, in the terms the dev gold is scored in.
public struct ExtractedEvent: Sendable, Hashable {
    /// The document's file name.
    public var document: String
    public var date: PartialDate?
    /// The node's text: a meeting's title, a decision's text.
    public var text: String
    /// Names of the people and bodies taking part (meetings).
    public var participants: [String]

    public init(document: String, date: PartialDate?, text: String, participants: [String]) {
        self.document = document
        self.date = date
        self.text = text
        self.participants = participants
    }
}
