import DocGraphKit

/// Boundary checks the conformance checks share: a range must lie inside its text and start and
/// end where a character starts or ends, never inside a multi-byte scalar or a grapheme cluster.
public enum TextBoundaries {
    /// True when the range lies inside a text of `utf8Count` bytes.
    public static func isInside(_ range: TextRange, utf8Count: Int) -> Bool {
        range.start >= 0 && range.start <= range.end && range.end <= utf8Count
    }

    /// True when a UTF-8 offset of `text` falls between two Unicode scalars.
    public static func isScalarBoundary(_ offset: Int, in text: String) -> Bool {
        let utf8 = text.utf8
        guard offset >= 0, offset <= utf8.count else { return false }
        guard offset < utf8.count else { return true }
        let byte = utf8[utf8.index(utf8.startIndex, offsetBy: offset)]
        return byte & 0b1100_0000 != 0b1000_0000
    }

    /// True when a UTF-8 offset of `text` falls between two characters (grapheme clusters).
    public static func isCharacterBoundary(_ offset: Int, in text: String) -> Bool {
        guard isScalarBoundary(offset, in: text) else { return false }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return index.samePosition(in: text) != nil
    }

    /// A sentence describing what is wrong with a range of `text`, or `nil` when it is sound.
    public static func problem(with range: TextRange, in text: String, utf8Count: Int) -> String? {
        if !isInside(range, utf8Count: utf8Count) {
            return "range \(range) lies outside the text (\(utf8Count) bytes)"
        }
        if !isScalarBoundary(range.start, in: text) || !isScalarBoundary(range.end, in: text) {
            return "range \(range) cuts a multi-byte Unicode scalar"
        }
        if !isCharacterBoundary(range.start, in: text) || !isCharacterBoundary(range.end, in: text) {
            return "range \(range) cuts a character"
        }
        return nil
    }
}
