import DocGraphKit

/// Finds the Organisation mention that names the office of a role: its long form ("Office of the
/// Police and Crime Commissioner", with or without a place after it) or its initials ("OPCC",
/// "Warwickshire OPCC").
struct OfficeFinder {
    let lexicon: AuthorLexicon
    /// The role phrase, normalised words ("police and crime commissioner").
    let roleCore: [String]

    /// Words left out of initials.
    private static let minorWords: Set<String> = ["of", "the", "and", "for", "in", "on", ",", "&"]

    /// The first Organisation mention naming the office, in text order.
    func office(in annotations: Annotations) -> String? {
        let role = roleCore.joined(separator: " ")
        var longForms: [String] = []
        var initials: [String] = []
        for noun in lexicon.officeNouns {
            longForms.append("\(noun) of the \(role)")
            let words = [noun] + roleCore
            initials.append(String(words.filter { !OfficeFinder.minorWords.contains($0) }.compactMap(\.first)).uppercased())
        }
        for mention in annotations.mentions(labeled: GraphVocabulary.organisation) {
            let names = [mention.text] + (mention.properties["name"]?.stringList ?? [])
                + (mention.properties["aliases"]?.stringList ?? [])
            for name in names {
                let normalised = NameKey.normalise(name)
                if longForms.contains(where: { normalised.hasPrefix($0) }) { return mention.id }
                if let last = name.split(separator: " ").last, initials.contains(String(last)) { return mention.id }
            }
        }
        return nil
    }
}
