import DocGraphKit

/// What every source of a node said, counted: for each key, how many sources gave a list and
/// how many gave each value (a list's elements counted once per source). It is kept with the
/// node so that adding or removing one document's source updates the merged properties in
/// time proportional to that source, not to the number of documents naming the node.
///
/// ``merged`` equals ``PropertyMerger/merge(_:)`` over the same sources.
struct PropertyTally: Equatable {
    /// How many sources (documents, or linker evidence) the node has.
    var sources = 0
    var keys: [String: KeyTally] = [:]

    struct KeyTally: Equatable {
        /// Sources whose value for the key is a list.
        var lists = 0
        var counts: [PropertyValue: Int] = [:]
    }

    init() {}

    /// Counts the properties of every source.
    init(sources: [Properties]) {
        for source in sources { add(source) }
    }

    mutating func add(_ properties: Properties) {
        change(properties, by: 1)
    }

    mutating func remove(_ properties: Properties) {
        change(properties, by: -1)
    }

    private mutating func change(_ properties: Properties, by step: Int) {
        sources += step
        for (key, value) in properties where value != .null {
            var tally = keys[key] ?? KeyTally()
            if case .list(let elements) = value {
                tally.lists += step
                for element in Set(elements) { tally.counts[element, default: 0] += step }
            } else {
                tally.counts[value, default: 0] += step
            }
            tally.counts = tally.counts.filter { $0.value > 0 }
            keys[key] = tally.lists > 0 || !tally.counts.isEmpty ? tally : nil
        }
    }

    /// The merged properties: lists unioned and sorted, scalars by consensus.
    var merged: Properties {
        var result: Properties = [:]
        for (key, tally) in keys {
            if tally.lists > 0 {
                result[key] = .list(tally.counts.keys.sorted(by: PropertyMerger.listOrder))
            } else if let winner = PropertyMerger.consensus(tally.counts) {
                result[key] = winner
            }
        }
        return result
    }
}
