import DocGraphKit

/// Merges what several documents said about one node into the properties queries see.
///
/// The result does not depend on the order documents were ingested in: lists are unioned and
/// sorted; for a scalar the value most sources agree on wins, ties going to the longer value
/// (the fuller spelling) and then to the smaller one.
enum PropertyMerger {
    static func merge(_ sources: [Properties]) -> Properties {
        var keys = Set<String>()
        for source in sources { keys.formUnion(source.keys) }
        var merged: Properties = [:]
        for key in keys {
            let values = sources.compactMap { $0[key] }.filter { $0 != .null }
            guard !values.isEmpty else { continue }
            if values.contains(where: { if case .list = $0 { return true } else { return false } }) {
                merged[key] = union(values)
            } else {
                merged[key] = consensus(values)
            }
        }
        return merged
    }

    private static func union(_ values: [PropertyValue]) -> PropertyValue {
        var seen = Set<PropertyValue>()
        var items: [PropertyValue] = []
        for value in values {
            let elements: [PropertyValue]
            if case .list(let list) = value { elements = list } else { elements = [value] }
            for element in elements where seen.insert(element).inserted { items.append(element) }
        }
        return .list(items.sorted(by: listOrder))
    }

    /// The order of a merged list: by description, then (for values that read the same, such
    /// as 1 and "1") by their JSON text.
    static func listOrder(_ left: PropertyValue, _ right: PropertyValue) -> Bool {
        let leftText = left.description
        let rightText = right.description
        if leftText != rightText { return leftText < rightText }
        return PropertyJSON.encode(left) < PropertyJSON.encode(right)
    }

    private static func consensus(_ values: [PropertyValue]) -> PropertyValue {
        var counts: [PropertyValue: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return consensus(counts) ?? values[0]
    }

    /// The value most sources agree on; ties go to the longer value, then to the smaller one.
    static func consensus(_ counts: [PropertyValue: Int]) -> PropertyValue? {
        counts.max { left, right in
            if left.value != right.value { return left.value < right.value }
            let leftText = left.key.description
            let rightText = right.key.description
            if leftText.count != rightText.count { return leftText.count < rightText.count }
            if leftText != rightText { return leftText > rightText }
            return PropertyJSON.encode(left.key) > PropertyJSON.encode(right.key)
        }?.key
    }

    /// Applies a curated overlay: its keys replace merged ones, and a null removes a key.
    static func apply(curated: Properties, to properties: Properties) -> Properties {
        var result = properties
        for (key, value) in curated {
            if value == .null { result[key] = nil } else { result[key] = value }
        }
        return result
    }
}
