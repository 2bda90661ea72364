import DocGraphKit
import Foundation

/// The JSON shapes of the commitment reports, encoded with sorted keys so output is stable.
enum CommitmentJSON {
    struct List: Encodable {
        var asOf: PartialDate?
        var commitments: [CommitmentEntry]
    }

    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
