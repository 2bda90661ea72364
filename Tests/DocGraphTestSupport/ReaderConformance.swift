import DocGraphKit
import Testing

/// The check every reader's tests call on their inputs: the contract of ``DocumentReader`` as
/// expectations.
///
/// Call it inside a `@Test`; failures are recorded as issues at the caller's location.
public enum ReaderConformance {
    /// Reads `input` twice and expects the reader to be deterministic, to use the input's
    /// document id, and to produce blocks that lie inside the text, in order, without overlap,
    /// each starting and ending on character boundaries.
    ///
    /// - Returns: the first read's result for further checks, or `nil` when the reader threw.
    @discardableResult
    public static func check(
        _ reader: some DocumentReader, on input: ReaderInput, sourceLocation: SourceLocation = #_sourceLocation
    ) -> ReadResult? {
        let first: ReadResult
        let second: ReadResult
        do {
            first = try reader.read(input)
            second = try reader.read(input)
        } catch {
            Issue.record("\(reader.manifest.id) could not read \(input.name): \(error)", sourceLocation: sourceLocation)
            return nil
        }
        let document = first.document
        #expect(document == second.document, "\(reader.manifest.id) is not deterministic on \(input.name)",
                sourceLocation: sourceLocation)
        #expect(first.warnings == second.warnings, "\(reader.manifest.id) warns differently on \(input.name)",
                sourceLocation: sourceLocation)
        #expect(document.id == input.documentID, "the document id is not the input's SHA-256",
                sourceLocation: sourceLocation)
        #expect(document.format == reader.format, "the document's format is not the reader's",
                sourceLocation: sourceLocation)
        checkBlocks(of: document, sourceLocation: sourceLocation)
        return first
    }

    /// Expects the document's blocks to lie inside its text, sorted and without overlap, on
    /// character boundaries.
    public static func checkBlocks(of document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
        let utf8Count = document.text.utf8.count
        var previousEnd = 0
        for (index, block) in document.blocks.enumerated() {
            if let problem = TextBoundaries.problem(with: block.range, in: document.text, utf8Count: utf8Count) {
                Issue.record("block \(index) (\(block.kind.rawValue)): \(problem)", sourceLocation: sourceLocation)
                continue
            }
            if block.range.start < previousEnd {
                Issue.record(
                    "block \(index) (\(block.kind.rawValue)) at \(block.range) starts before the previous block ends at \(previousEnd)",
                    sourceLocation: sourceLocation)
            }
            previousEnd = max(previousEnd, block.range.end)
        }
    }
}
