/// The few English function words the meetings extractor's rules are built from: grammar, not
/// domain vocabulary (which comes from the rule packs).
enum SentenceGrammar {
    /// Words that start a noun phrase.
    static let determiners: Set<String> = [
        "a", "an", "the", "this", "that", "our", "my", "his", "her", "their", "its", "your", "another",
    ]
    /// Determiners that point back at something already named.
    static let definite: Set<String> = ["the", "this", "that"]
    /// Words before a noun that make it no particular event ("no meeting", "any event").
    static let generic: Set<String> = ["no", "any", "every", "each", "what", "which", "such", "these", "those", "whose"]
    /// Words that make what follows hypothetical or negated ("would convene", "wasn't able to attend").
    static let unrealised: Set<String> = [
        "not", "n't", "never", "unable", "would", "could", "should", "might", "cannot", "can't", "wasn't", "weren't",
        "didn't", "won't", "couldn't", "wouldn't", "if", "unless", "once", "hope", "hoping", "wish",
    ]
    /// Words that put an event in the future.
    static let future: Set<String> = ["will", "shall", "'ll", "upcoming", "forthcoming", "next", "scheduled", "planned"]
    /// Words that place an event in the past.
    static let past: Set<String> = ["was", "were", "had", "did", "recent", "recently", "last", "ago", "yesterday"]
    /// Words that end a noun phrase when walking back from its noun.
    static let phraseBreaks: Set<String> = [
        "at", "in", "of", "with", "to", "for", "on", "by", "from", "about", "and", "or", "as", "that", "which", "who",
    ]
    /// Words that join the parts of a name ("Association of Police and Crime Commissioners").
    static let nameJoiners: Set<String> = ["of", "and", "&", "for", "the", "upon", "on", "in"]
    /// Prepositions after which a name is where something happens.
    static let placePrepositions: Set<String> = ["at", "in"]
    /// Prepositions after which a name takes part.
    static let partyPrepositions: Set<String> = ["with", "of", "by", "from"]
    /// Words that end the clause a trigger's object lies in.
    static let clauseEnds: Set<String> = [".", ";", ":", "!", "?", "(", ")", "–", "—"]
    /// Words before a date that make it some other time than the event's ("since May").
    static let otherTime: Set<String> = ["since", "until", "till", "before", "after", "my", "our", "from"]
    /// Words that say something took or takes place.
    static let happening: Set<String> = ["held", "took", "take", "takes", "taking", "place"]
    /// Words that end a plural noun.
    static let pluralEnding = "s"
}
