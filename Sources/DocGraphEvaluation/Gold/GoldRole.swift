/// A role a gold person holds, as the annotator read it. Not scored yet; kept so the file
/// round-trips.
public struct GoldRole: Hashable, Sendable, Codable {
    public var role: String
    public var organisation: String?
    public var docs: [String]

    public init(role: String, organisation: String? = nil, docs: [String] = []) {
        self.role = role
        self.organisation = organisation
        self.docs = docs
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decode(String.self, forKey: .role)
        organisation = try container.decodeIfPresent(String.self, forKey: .organisation)
        docs = try container.decodeIfPresent([String].self, forKey: .docs) ?? []
    }
}
