/// A label, relationship type or property key where it is written.
public struct Name: Hashable, Sendable {
    public var text: String
    public var range: SourceRange
}
