import Testing
@testable import DocGraphQuery

/// Property text from the store is read back with its escapes, non-ASCII text and numbers kept.
@Suite struct PropertyJSONTests {
    @Test func stringsKeepEscapesAndNonASCIIText() throws {
        #expect(try PropertyJSON.parse(#""plain""#) == .string("plain"))
        #expect(try PropertyJSON.parse(#""Café – ok""#) == .string("Café – ok"))
        #expect(try PropertyJSON.parse(#""a\"b\\c\/d\ne\tf""#) == .string("a\"b\\c/d\ne\tf"))
        #expect(try PropertyJSON.parse(#""\u00e9t\u00E9 \ud83d\ude00!""#) == .string("été 😀!"))
        #expect(try PropertyJSON.parse(#"{"name": "Ann \"A\" Lee", "n": 2, "x": 2.5, "tags": ["é", "\u0041"]}"#)
                == .map(["name": .string("Ann \"A\" Lee"), "n": .integer(2), "x": .float(2.5), "tags": .list([.string("é"), .string("A")])]))
    }

    @Test func unfinishedTextIsAnError() {
        #expect(throws: QueryError.self) { try PropertyJSON.parse(#""open"#) }
        #expect(throws: QueryError.self) { try PropertyJSON.parse(#""open\"#) }
        #expect(throws: QueryError.self) { try PropertyJSON.parse(#""bad \u12""#) }
    }

    /// The SQL value a property read gives, read from the bytes, is the one parsing the text gives:
    /// strings without escapes and numbers are read directly, everything else is parsed.
    @Test func sqlValuesFromBytesMatchParsedValues() throws {
        let texts = [#""plain""#, #""""#, #""Café – ok""#, #""a\"b""#, #""tab\tend""#, #""a"b""#, #""a" "#, #" "a""#,
                     "0", "-0", "42", "-17", "007", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
                     "1.5", "-2.5e3", "1E2", "1e999", "+5", "-", "1-2", "true", "false", "null", "[1,\"a\"]",
                     #"{"k": "v"}"#]
        for text in texts {
            let expected = Result { () throws(QueryError) in ValueCodec.sqlValue(try PropertyJSON.parse(text)) }
            var utf8 = Array(text.utf8)
            let read = utf8.withUnsafeMutableBufferPointer { buffer in
                Result { () throws(QueryError) in try PropertyJSON.sqlValue(json: UnsafeBufferPointer(buffer)) }
            }
            #expect(read == expected, "\(text)")
        }
    }
}
