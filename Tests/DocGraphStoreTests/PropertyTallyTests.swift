import DocGraphKit
@testable import DocGraphStore
import Foundation
import Testing

@Suite struct PropertyTallyTests {
    /// Sources that disagree on scalars, mix lists and scalars, and hold nulls.
    static let sources: [Properties] = [
        ["name": "Jane Smith", "aliases": ["J. Smith"], "kind": "police"],
        ["name": "Jane Smith", "aliases": ["Jane", "J. Smith"], "kind": .null],
        ["name": "Jayne Smith", "titles": ["Councillor"], "rank": 1],
        ["name": "Jane Smyth", "titles": "Cllr", "rank": "1", "aliases": []],
        ["name": "Jane Smith", "kind": "council"],
    ]

    @Test func mergedEqualsTheMergeOfEverySource() {
        for count in 0...Self.sources.count {
            let sources = Array(Self.sources.prefix(count))
            #expect(PropertyTally(sources: sources).merged == PropertyMerger.merge(sources), "first \(count) sources")
        }
    }

    @Test func removingASourceGivesTheMergeOfTheRest() {
        for removed in Self.sources.indices {
            var tally = PropertyTally(sources: Self.sources)
            tally.remove(Self.sources[removed])
            var rest = Self.sources
            rest.remove(at: removed)
            #expect(tally.merged == PropertyMerger.merge(rest), "without source \(removed)")
            #expect(tally.sources == rest.count)
        }
        var tally = PropertyTally(sources: Self.sources)
        for source in Self.sources { tally.remove(source) }
        #expect(tally == PropertyTally())
    }

    @Test func storedTextRoundTrips() {
        let tally = PropertyTally(sources: Self.sources)
        #expect(PropertyTally(stored: tally.stored) == tally)
        #expect(PropertyTally(stored: nil) == PropertyTally())
        #expect(PropertyTally(stored: "not json") == PropertyTally())
    }

    @Test func fastEncoderWritesWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let strings = ["", "plain", "a\"b\\c/d", "line\nbreak\ttab\r\u{8}\u{C}", "\u{1}\u{1F}\u{7F}", "é 😀 \u{2028}", "Z", "a10", "a9"]
        let doubles = [0.0, -0.0, 1.0, 0.5, 0.9, 1e20, 1e-7, 123456789.123, 0.1 + 0.2, 1e16, 100, 1.7976931348623157e308]
        var values: [PropertyValue] = [.null, .bool(true), .bool(false), .int(0), .int(-42), .int(Int.max)]
        values += strings.map(PropertyValue.string) + doubles.map(PropertyValue.double)
        values.append(.list(values))
        values.append(.map(Dictionary(uniqueKeysWithValues: strings.enumerated().map { ($1, values[$0]) })))
        for value in values {
            let expected = String(decoding: try encoder.encode(value), as: UTF8.self)
            #expect(PropertyJSON.encode(value) == expected)
        }
        for source in Self.sources {
            #expect(PropertyJSON.encode(source) == String(decoding: try encoder.encode(source), as: UTF8.self))
        }
        #expect(PropertyJSON.encode(["bad": .double(.nan)]) == "{}")
    }
}
