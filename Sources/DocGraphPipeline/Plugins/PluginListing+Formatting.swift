import DocGraphKit
import Foundation

extension PluginListing {
    /// The listing as `docgraph plugins` prints it: one row per plugin, columns aligned.
    public static func table(_ listings: [PluginListing]) -> String {
        let header = ["ID", "VERSION", "KIND", "ORIGIN", "ENABLED", "NEEDS", "PRODUCES"]
        let rows = listings.map { listing in
            let manifest = listing.manifest
            return [
                manifest.id, String(manifest.version), manifest.kind.rawValue, manifest.origin, listing.enabled ? "yes" : "no",
                manifest.needs.isEmpty ? "-" : manifest.needs.joined(separator: ", "),
                manifest.produces.isEmpty ? "-" : manifest.produces.joined(separator: ", "),
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// The listing as JSON: an array of objects with id, name, summary, version, kind, origin,
    /// enabled, needs, produces and options, keys sorted.
    public static func json(_ listings: [PluginListing]) throws -> String {
        struct Entry: Encodable {
            var id, name, summary, kind, origin: String
            var version: Int
            var enabled: Bool
            var needs, produces: [String]
            var options: Properties
        }
        let entries = listings.map { listing in
            let manifest = listing.manifest
            return Entry(
                id: manifest.id, name: manifest.name, summary: manifest.summary, kind: manifest.kind.rawValue,
                origin: manifest.origin, version: manifest.version, enabled: listing.enabled, needs: manifest.needs,
                produces: manifest.produces, options: manifest.options)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }
}
