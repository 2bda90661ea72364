import DocGraphKit

/// A sentence of a stored document as the linker weighs it, in compact form: offsets, where its
/// interned words and term counts lie in its document's (``CorpusDocument/written(of:)``,
/// ``CorpusDocument/terms(of:)``; one array each per document, not two per sentence), and a
/// hash of its boilerplate key.
struct CorpusPassage: Sendable {
    /// Where it lies, in UTF-8 offsets of the document's text.
    var range: TextRange
    /// Where it lies, in Unicode scalar offsets (as evidence counts).
    var scalars: Range<Int>
    /// Where its words as written lie in its document's.
    var words: Range<Int32>
    /// Where its term counts lie in its document's.
    var counts: Range<Int32>
    /// True for a heading (``DocumentSections``).
    var isHeading: Bool
    /// Index of the nearest heading above it in its document.
    var heading: Int?
    /// The hash (``BoilerplateIndex/hash(_:)``) of its stems without dates and numbers, sorted:
    /// the same in every issue of a recurring line ("The next newsletter will be published on
    /// Friday, 7 April"); 0 when it has none.
    var boilerplateKey: Int64
    /// True when it points back to the sentence before it ("... shows my determination to
    /// deliver on that promise"): the two then make a window of their own (``WindowIndex``).
    var pointsBack = false
}
