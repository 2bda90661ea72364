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
}
