/// The general cues the text reader recognises structure by, kept as data in one place.
/// All phrases are lower-case.
enum ReaderCues {
    /// Starts of lines that describe a picture.
    static let captionPrefixes: [String] = [
        "pictured", "picture shows", "picture:", "pictures:", "photo:", "photograph:", "image:", "caption:",
        "top left:", "top right:", "bottom left:", "bottom right:", "above:", "below:", "left:", "right:",
        "left to right", "from left", "l-r", "(l-r)", "l to r",
    ]

    /// Token sequences that, anywhere in a line, show it names the people in a picture
    /// ("..., from left, ...", "(left to right)", "(pictured)").
    static let captionPhrases: [[String]] = [
        ["from", "left"], ["left", "to", "right"], ["(", "pictured"], ["(", "left", ")"], ["(", "right", ")"],
    ]

    /// Last words of short lines that stand for a picture ("Youth Academy logo").
    static let pictureWords: Set<String> = [
        "image", "logo", "banner", "photo", "photograph", "picture", "graphic", "infographic", "cover", "calendar",
        "icon",
    ]

    /// Words that start sentences and so mark where a picture's alternative text, glued to the
    /// paragraph after it, ends ("Neville HouseOn Monday, work started").
    static let sentenceOpeners: Set<String> = [
        "a", "an", "the", "this", "these", "that", "those", "on", "in", "at", "by", "as", "for", "from", "with",
        "here", "there", "it", "its", "we", "i", "our", "my", "he", "she", "they", "their", "of", "after", "before",
        "during", "when", "while", "over", "last", "next", "following", "each", "every", "some", "many", "one",
        "two", "three", "four", "what", "how", "why", "if",
    ]

    /// Auxiliary verbs, which headlines leave out ("Report published", not "The report is
    /// published"): a longer line holding one reads as a sentence, not a heading.
    static let auxiliaryVerbs: Set<String> = [
        "is", "are", "was", "were", "will", "would", "has", "have", "had", "be", "been", "can", "could", "should",
        "shall", "might", "must", "does", "did",
    ]

    /// Words a heading does not end with: a line ending in one was cut off mid-sentence.
    static let unfinishedEndings: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "at", "with", "for", "by", "from", "in", "on", "as", "than",
    ]
}
