/// The rule for plugin ids: a name and a version, such as `people.v1` or `council-minutes.v2`.
enum PluginID {
    private static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.")

    /// True when an id is lower-case letters, digits, `-`, `_` and `.`, ending in `.v` and a number.
    static func isVersioned(_ id: String) -> Bool {
        guard let dot = id.lastIndex(of: ".") else { return false }
        let name = id[..<dot]
        let version = id[id.index(after: dot)...]
        return !name.isEmpty && name.allSatisfy(nameCharacters.contains) && version.hasPrefix("v")
            && version.count > 1 && version.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
