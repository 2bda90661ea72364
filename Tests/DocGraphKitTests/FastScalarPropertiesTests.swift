@testable import DocGraphKit
import Testing

@Suite struct FastScalarPropertiesTests {
    @Test func asciiAnswersAgreeWithUnicodeProperties() {
        for value in UInt32(0)..<0x80 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isAlphabeticScalar == scalar.properties.isAlphabetic, "\(value)")
            #expect(scalar.isNumericScalar == (scalar.properties.numericType != nil), "\(value)")
            #expect(scalar.isWhitespaceScalar == scalar.properties.isWhitespace, "\(value)")
            #expect(scalar.isDiacriticScalar == scalar.properties.isDiacritic, "\(value)")
            #expect(scalar.isUppercaseScalar == scalar.properties.isUppercase, "\(value)")
            #expect(scalar.isLowercaseScalar == scalar.properties.isLowercase, "\(value)")
        }
    }

    @Test func otherScalarsUseTheirProperties() {
        for scalar in ["é", "Ж", "٣", "\u{2003}", "\u{0301}", "ß"].compactMap({ $0.unicodeScalars.first }) {
            #expect(scalar.isAlphabeticScalar == scalar.properties.isAlphabetic)
            #expect(scalar.isNumericScalar == (scalar.properties.numericType != nil))
            #expect(scalar.isWhitespaceScalar == scalar.properties.isWhitespace)
            #expect(scalar.isDiacriticScalar == scalar.properties.isDiacritic)
        }
    }

    @Test func phraseWordsStraightenCurlyApostrophesOnly() {
        #expect(PhraseList.normalise("Commissioner\u{2019}s") == "commissioner's")
        #expect(PhraseList.normalise("Café") == "café")
        #expect(PhraseList.normalise("POLICE") == "police")
    }
}
