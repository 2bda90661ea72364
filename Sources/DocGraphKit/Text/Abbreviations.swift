/// Abbreviations whose full stop does not (always) end a sentence, kept as data in one place.
///
/// Keys are lower-case and without the final full stop: `dr` stands for "Dr." and "dr.".
/// A rule pack or a caller can extend the list with ``adding(_:as:)``.
public struct Abbreviations: Sendable, Hashable {
    /// What a full stop after the abbreviation means.
    public enum Rule: String, Sendable, Hashable, Codable {
        /// Never ends a sentence: titles before a name ("Dr.", "Cllr.", "Insp.") and words that
        /// introduce what follows ("e.g.", "i.e.", "vs.").
        case neverEnds
        /// Does not end a sentence when a number follows ("No. 5", "p. 12", "Sept. 10").
        case continuesBeforeNumber
    }

    /// The rule for each abbreviation.
    public private(set) var rules: [String: Rule]

    public init(_ rules: [String: Rule]) {
        self.rules = rules
    }

    /// The rule for a word, compared lower-case and without a final full stop.
    public func rule(for word: some StringProtocol) -> Rule? {
        var key = word.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        return rules[key]
    }

    /// A copy with more abbreviations under one rule.
    public func adding(_ words: some Sequence<String>, as rule: Rule) -> Abbreviations {
        var copy = self
        for word in words { copy.rules[word.lowercased()] = rule }
        return copy
    }

    /// Titles that stand before names.
    public static let titles = [
        "mr", "mrs", "ms", "mx", "messrs", "dr", "prof", "rev", "revd", "fr", "rt", "hon", "st", "cllr", "cllrs",
        "insp", "ch", "supt", "sgt", "det", "con", "cst", "capt", "col", "gen", "lt", "maj", "cmdr", "adm", "gov",
        "sen", "rep", "sr", "jr",
    ]

    /// Words that introduce what follows and so never end a sentence.
    public static let introducers = [
        "e.g", "eg", "i.e", "ie", "cf", "vs", "viz", "approx", "dept", "govt", "assoc", "incl",
    ]

    /// Abbreviations usually followed by a number.
    public static let beforeNumbers = [
        "no", "nos", "p", "pp", "para", "paras", "fig", "figs", "vol", "art", "sec", "ref", "tel", "ext", "op",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The English abbreviations the sentence splitter knows by default.
    public static let english = Abbreviations([:])
        .adding(titles, as: .neverEnds)
        .adding(introducers, as: .neverEnds)
        .adding(beforeNumbers, as: .continuesBeforeNumber)
}
