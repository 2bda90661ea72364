import DocGraphKit

/// A sentence of a stored document as the linker weighs it, in compact form: offsets, where its
/// interned words and term counts lie in its document's (``DocumentWords``), and a hash of its
/// boilerplate key.
///
/// The corpus holds one for every sentence of every document, so each offset is kept in four
/// bytes (48 bytes a sentence, not 88): the linker reads documents of up to 4 GiB of text
/// (``fits(textBytes:)``), past any reader's limit.
struct CorpusPassage: Sendable, Equatable {
    /// The hash (``BoilerplateIndex/hash(_:)``) of its stems without dates and numbers, sorted:
    /// the same in every issue of a recurring line ("The next newsletter will be published on
    /// Friday, 7 April"); 0 when it has none.
    var boilerplateKey: Int64
    private var byteStart: UInt32
    private var byteEnd: UInt32
    private var scalarStart: UInt32
    private var scalarEnd: UInt32
    private var firstWord: Int32
    private var endWord: Int32
    private var firstCount: Int32
    private var endCount: Int32
    /// The index of the nearest heading above it, -1 for none.
    private var headingIndex: Int32
    /// True for a heading (``DocumentSections``).
    var isHeading: Bool
    /// True when it points back to the sentence before it ("... shows my determination to
    /// deliver on that promise"): the two then make a window of their own (``WindowIndex``).
    var pointsBack: Bool

    /// A passage of a text that ``fits(textBytes:)``.
    init(
        range: TextRange, scalars: Range<Int>, words: Range<Int32>, counts: Range<Int32>, isHeading: Bool, heading: Int?,
        boilerplateKey: Int64, pointsBack: Bool = false
    ) {
        self.boilerplateKey = boilerplateKey
        byteStart = UInt32(truncatingIfNeeded: range.start)
        byteEnd = UInt32(truncatingIfNeeded: range.end)
        scalarStart = UInt32(truncatingIfNeeded: scalars.lowerBound)
        scalarEnd = UInt32(truncatingIfNeeded: scalars.upperBound)
        firstWord = words.lowerBound
        endWord = words.upperBound
        firstCount = counts.lowerBound
        endCount = counts.upperBound
        headingIndex = heading.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.isHeading = isHeading
        self.pointsBack = pointsBack
    }

    /// True when a text of this many UTF-8 bytes has offsets a passage can keep.
    static func fits(textBytes: Int) -> Bool {
        textBytes <= Int(UInt32.max)
    }

    /// Where it lies, in UTF-8 offsets of the document's text.
    var range: TextRange { TextRange(start: Int(byteStart), end: Int(byteEnd)) }
    /// Where it lies, in Unicode scalar offsets (as evidence counts).
    var scalars: Range<Int> { Int(scalarStart)..<Int(scalarEnd) }
    /// Where its words as written lie in its document's.
    var words: Range<Int32> { firstWord..<endWord }
    /// Where its term counts lie in its document's.
    var counts: Range<Int32> { firstCount..<endCount }
    /// Index of the nearest heading above it in its document.
    var heading: Int? { headingIndex < 0 ? nil : Int(headingIndex) }
}
