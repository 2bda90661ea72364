/// Converts between the UTF-8 offsets used inside the process and the Unicode scalar offsets
/// used wherever a position leaves it (the store, exports, external plugins).
///
/// This is the only place the conversion is done. Building the table costs one pass over the
/// text; each conversion after that is a binary search, so a document's evidence converts in
/// time proportional to its size.
public struct UnicodeScalarOffsets: Sendable {
    /// UTF-8 offsets at which each non-ASCII scalar starts, with the scalar offset of each.
    private let breaks: [(utf8: Int, scalar: Int, width: Int)]
    /// The text's length in UTF-8 bytes.
    public let utf8Count: Int
    /// The text's length in Unicode scalars.
    public let scalarCount: Int

    public init(_ text: String) {
        var breaks: [(utf8: Int, scalar: Int, width: Int)] = []
        var utf8 = 0
        var scalars = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if width > 1 { breaks.append((utf8, scalars, width)) }
            utf8 += width
            scalars += 1
        }
        self.breaks = breaks
        self.utf8Count = utf8
        self.scalarCount = scalars
    }

    /// The scalar offset of a UTF-8 offset. An offset inside a multi-byte scalar maps to that
    /// scalar's start.
    public func scalarOffset(ofUTF8 offset: Int) -> Int {
        let clamped = max(0, min(offset, utf8Count))
        // Number of wide scalars that start before `clamped`.
        var low = 0
        var high = breaks.count
        while low < high {
            let mid = (low + high) / 2
            if breaks[mid].utf8 < clamped { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return clamped }
        let previous = breaks[low - 1]
        if clamped < previous.utf8 + previous.width { return previous.scalar }
        // Every wide scalar before contributes (width - 1) extra bytes.
        return clamped - extraBytes(before: low)
    }

    /// The UTF-8 offset of a scalar offset; offsets past the end clamp to the end.
    public func utf8Offset(ofScalar offset: Int) -> Int {
        let clamped = max(0, min(offset, scalarCount))
        var low = 0
        var high = breaks.count
        while low < high {
            let mid = (low + high) / 2
            if breaks[mid].scalar < clamped { low = mid + 1 } else { high = mid }
        }
        return clamped + extraBytes(before: low)
    }

    /// Converts a UTF-8 range to scalar offsets.
    public func scalarRange(of range: TextRange) -> (start: Int, end: Int) {
        (scalarOffset(ofUTF8: range.start), scalarOffset(ofUTF8: range.end))
    }

    /// Converts scalar offsets to a UTF-8 range; `nil` when they are out of order or outside the text.
    public func utf8Range(scalarStart: Int, scalarEnd: Int) -> TextRange? {
        guard scalarStart >= 0, scalarStart <= scalarEnd, scalarEnd <= scalarCount else { return nil }
        return TextRange(start: utf8Offset(ofScalar: scalarStart), end: utf8Offset(ofScalar: scalarEnd))
    }

    private func extraBytes(before index: Int) -> Int {
        // Widths are 2...4, so the sum is recomputed from prefix information kept implicitly:
        // utf8 - scalar at a break equals the extra bytes of all wide scalars before it.
        guard index > 0 else { return 0 }
        let last = breaks[index - 1]
        return (last.utf8 - last.scalar) + (last.width - 1)
    }
}
