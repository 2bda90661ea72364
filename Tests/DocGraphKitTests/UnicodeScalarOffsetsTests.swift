import DocGraphKit
import Testing

@Suite struct UnicodeScalarOffsetsTests {
    @Test func asciiOffsetsAreTheSame() {
        let offsets = UnicodeScalarOffsets("plain text")
        #expect(offsets.scalarOffset(ofUTF8: 5) == 5)
        #expect(offsets.utf8Offset(ofScalar: 5) == 5)
        #expect(offsets.scalarCount == 10)
    }

    @Test func multiByteScalarsShiftLaterOffsets() {
        // "£" is 2 bytes, "’" is 3 bytes, "😀" is 4 bytes.
        let text = "a£b’c😀d"
        let offsets = UnicodeScalarOffsets(text)
        #expect(offsets.utf8Count == 13)
        #expect(offsets.scalarCount == 7)
        let expected = [(0, 0), (1, 1), (3, 2), (4, 3), (7, 4), (8, 5), (12, 6), (13, 7)]
        for (utf8, scalar) in expected {
            #expect(offsets.scalarOffset(ofUTF8: utf8) == scalar, "utf8 \(utf8)")
            #expect(offsets.utf8Offset(ofScalar: scalar) == utf8, "scalar \(scalar)")
        }
    }

    @Test func offsetInsideAScalarMapsToItsStart() {
        let offsets = UnicodeScalarOffsets("x😀y")
        #expect(offsets.scalarOffset(ofUTF8: 3) == 1)
        #expect(offsets.scalarOffset(ofUTF8: 5) == 2)
    }

    @Test func rangesOutsideTheTextAreRejected() {
        let offsets = UnicodeScalarOffsets("abc")
        #expect(offsets.utf8Range(scalarStart: 2, scalarEnd: 5) == nil)
        #expect(offsets.utf8Range(scalarStart: 2, scalarEnd: 1) == nil)
        #expect(offsets.utf8Range(scalarStart: 1, scalarEnd: 3) == TextRange(start: 1, end: 3))
    }
}
