import DocGraphKit

/// One person, organisation or place as resolution made it, with the evidence to check it:
/// its names, titles and kind, the roles that tie it to others, and every spelling it was seen
/// under, by document. `docgraph show` prints it.
public struct EntityReport: Codable, Sendable, Hashable {
    /// A role: who holds it, in which body, and where the text says so.
    public struct Role: Codable, Sendable, Hashable {
        public var title: String
        public var person: String
        public var organisation: String
        /// The document's file name.
        public var document: String
        public var quote: String
    }

    /// One spelling seen in one document: how often, and the line of its first sighting.
    public struct Sighting: Codable, Sendable, Hashable {
        public var variant: String
        public var document: String
        public var count: Int
        public var context: String
    }

    public var id: Int64
    public var label: String
    public var name: String
    public var aliases: [String]
    public var titles: [String]
    /// Role titles the documents state without naming a body ("Cyber Crime Advisor").
    public var statedRoles: [String]
    public var kind: String?
    public var roles: [Role]
    public var sightings: [Sighting]
}
