/// A named person and the documents they appear in. Scored as (person, document) pairs.
public struct GoldPerson: Hashable, Sendable, Codable {
    public var name: String
    /// Other spellings that count as this person: misspellings, a first name alone, a surname.
    public var aliases: [String]
    public var roles: [GoldRole]
    /// File names of the documents the person appears in.
    public var docs: [String]

    public init(name: String, aliases: [String] = [], roles: [GoldRole] = [], docs: [String]) {
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.docs = docs
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        aliases = try container.decode([String].self, forKey: .aliases)
        roles = try container.decodeIfPresent([GoldRole].self, forKey: .roles) ?? []
        docs = try container.decode([String].self, forKey: .docs)
    }

    /// The name and every alias.
    public var variants: [String] { [name] + aliases }
}
