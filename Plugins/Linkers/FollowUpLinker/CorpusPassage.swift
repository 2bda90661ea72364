import DocGraphKit

/// A sentence of a stored document as the linker weighs it, in compact form: offsets, interned
/// words and term counts, and a hash of its boilerplate key. Its text is sliced from the
/// document's when needed.
struct CorpusPassage: Sendable {
    /// Where it lies, in UTF-8 offsets of the document's text.
    var range: TextRange
    /// Where it lies, in Unicode scalar offsets (as evidence counts).
    var scalars: Range<Int>
    /// Its words as written, in order, as ids in the corpus's words; the corpus knows each
    /// one's lower-case form (``FollowUpCorpus/lowerWords``), so passages keep one list, not two.
    var written: [Int32]
    /// How often each stem occurs, and `@<node id>` for each entity mentioned (1), by term id.
    var terms: TermCounts
    /// True for a heading (``DocumentSections``).
    var isHeading: Bool
    /// Index of the nearest heading above it in its document.
    var heading: Int?
    /// The hash (``BoilerplateIndex/hash(_:)``) of its stems without dates and numbers, sorted:
    /// the same in every issue of a recurring line ("The next newsletter will be published on
    /// Friday, 7 April"); 0 when it has none.
    var boilerplateKey: Int64
}
