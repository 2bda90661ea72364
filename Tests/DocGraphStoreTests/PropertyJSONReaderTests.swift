import DocGraphKit
@testable import DocGraphStore
import Foundation
import Testing

@Suite struct PropertyJSONReaderTests {
    /// Texts the store writes and texts it might meet in an older or hand-edited store.
    static let texts: [String] = [
        "null", "true", "false", "0", "-0", "7", "-42", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "12345678901234567890", "1.5", "-0.25", "1.0", "2e3", "1E-2", "1e+20", "3.25e1",
        #""""#, #""plain""#, #""Café – ok""#, #""a\"b\\c\/d\ne\tf\r\b\f""#, #""\u00e9t\u00E9 \ud83d\ude00!""#,
        #""\u0000 nul""#, "[]", "{}", " [ 1 , \"a\" , null , [ ] , { } ] ",
        #"{"name": "Ann \"A\" Lee", "n": 2, "x": 2.5, "tags": ["é", "\u0041"], "nested": {"k": [true, false]}}"#,
        #"{"sources":3,"keys":{"name":{"lists":0,"values":[["Jane Smith",2],["Jane Smyth",1]]}}}"#,
        #"["Person","Organisation"]"#,
    ]

    /// Texts that are not one whole JSON value.
    static let damaged: [String] = [
        "", " ", "nul", "tru", "[1,]", "[1 2]", "{\"a\" 1}", "{\"a\":}", "{a:1}", "\"open", "\"open\\", "\"bad \\u12\"",
        "\"lone \\ud83d\"", "\"low \\ude00\"", "\"bad \\q\"", "\"tab\tinside\"", "1 2", "-", "1.", ".5", "1e", "[", "{",
        "{\"a\":1,}", "nan", "1e999",
    ]

    @Test func readsWhatJSONDecoderReads() {
        for text in Self.texts {
            let expected = try? JSONDecoder().decode(PropertyValue.self, from: Data(text.utf8))
            #expect(expected != nil, "JSONDecoder reads \(text)")
            #expect(PropertyJSONReader.value(of: text) == expected, "\(text)")
        }
    }

    @Test func refusesWhatIsNotOneJSONValue() {
        for text in Self.damaged {
            #expect(PropertyJSONReader.value(of: text) == nil, "\(text)")
        }
    }

    @Test func readsBackWhatTheStoreWrites() {
        let properties: Properties = [
            "name": "Jane \"JJ\" Smith", "rank": 3, "score": 0.5, "big": .double(1e20), "whole": .double(4),
            "aliases": ["J. Smith", "Jane\nSmith", "Ünïcödé ✓"], "flag": true, "none": .null,
            "nested": .map(["list": [1, 2.5, "x"], "empty": .map([:])]),
        ]
        var expected = properties
        expected["whole"] = 4
        #expect(PropertyJSON.decode(PropertyJSON.encode(properties)) == expected)
    }

    @Test func labelListsAreListsOfStrings() {
        #expect(PropertyJSON.decodeLabels(#"["Person","Organisation"]"#) == ["Person", "Organisation"])
        #expect(PropertyJSON.decodeLabels("[]") == [])
        #expect(PropertyJSON.decodeLabels(#"["Person",1]"#) == [])
        #expect(PropertyJSON.decodeLabels("not json") == [])
    }
}
