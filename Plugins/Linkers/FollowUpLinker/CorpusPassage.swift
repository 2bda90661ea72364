import DocGraphKit

/// A sentence of a stored document as the linker weighs it.
struct CorpusPassage: Sendable {
    /// Where it lies, in UTF-8 offsets of the document's text.
    var range: TextRange
    /// Where it lies, in Unicode scalar offsets (as evidence counts).
    var scalars: Range<Int>
    var text: String
    /// Its words in lower case, in order, for phrase matching.
    var words: [String]
    /// The same words as written.
    var written: [String]
    /// How often each stem occurs, and `@<node id>` for each entity mentioned.
    var terms: [String: Double]
    /// A word as written for each stem, for explanations.
    var surfaces: [String: String]
    /// True for a heading (``DocumentSections``).
    var isHeading: Bool
    /// Index of the nearest heading above it in its document.
    var heading: Int?
    /// Its stems without dates and numbers, sorted: the same in every issue of a recurring line
    /// ("The next newsletter will be published on Friday, 7 April").
    var boilerplateKey: String
}
