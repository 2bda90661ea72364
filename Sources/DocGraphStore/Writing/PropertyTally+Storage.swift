import DocGraphKit

/// A tally as the `node.tally` column keeps it: `{"sources": n, "keys": {key: {"lists": n,
/// "values": [[value, count], ...]}}}`.
extension PropertyTally {
    init(stored text: String?) {
        self.init()
        guard let text, case .map(let object)? = PropertyJSON.decodeValue(text) else { return }
        sources = object["sources"]?.intValue ?? 0
        guard case .map(let stored)? = object["keys"] else { return }
        for (key, entry) in stored {
            guard case .map(let fields) = entry else { continue }
            var tally = KeyTally()
            tally.lists = fields["lists"]?.intValue ?? 0
            if case .list(let pairs)? = fields["values"] {
                for pair in pairs {
                    guard case .list(let parts) = pair, parts.count == 2, let count = parts[1].intValue else { continue }
                    tally.counts[parts[0]] = count
                }
            }
            keys[key] = tally
        }
    }

    /// The JSON text to store, with keys and values in a fixed order.
    var stored: String {
        var object: [String: PropertyValue] = [:]
        for (key, tally) in keys {
            let pairs = tally.counts.keys.sorted(by: PropertyMerger.listOrder).map { value -> PropertyValue in
                .list([value, .int(tally.counts[value] ?? 0)])
            }
            object[key] = .map(["lists": .int(tally.lists), "values": .list(pairs)])
        }
        return PropertyJSON.encode(.map(["sources": .int(sources), "keys": .map(object)]))
    }
}
