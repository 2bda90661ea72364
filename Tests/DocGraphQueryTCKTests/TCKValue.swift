import DocGraphQuery

/// A value as the TCK writes it in result tables and parameters.
indirect enum TCKValue: Equatable {
    case null
    case boolean(Bool)
    case integer(Int64)
    case float(Double)
    case string(String)
    case list([TCKValue])
    case map([String: TCKValue])
    case node(labels: Set<String>, properties: [String: TCKValue])
    case relationship(type: String, properties: [String: TCKValue])
    /// Nodes, and between them relationships with whether each points forward.
    case path(nodes: [TCKValue], relationships: [(TCKValue, Bool)])

    static func == (lhs: TCKValue, rhs: TCKValue) -> Bool { "\(lhs)" == "\(rhs)" }

    /// The parameter value for the query engine.
    var cypherValue: CypherValue {
        switch self {
        case .null: return .null
        case .boolean(let flag): return .boolean(flag)
        case .integer(let int): return .integer(int)
        case .float(let double): return .float(double)
        case .string(let text): return .string(text)
        case .list(let items): return .list(items.map(\.cypherValue))
        case .map(let entries): return .map(entries.mapValues(\.cypherValue))
        default: return .null
        }
    }

    /// Whether an engine value is the value the TCK expects.
    func matches(_ actual: CypherValue, unorderedLists: Bool) -> Bool {
        switch (self, actual) {
        case (.null, .null): return true
        case (.boolean(let a), .boolean(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.float(let a), .float(let b)):
            if a.isNaN { return b.isNaN }
            return a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            if !unorderedLists { return zip(a, b).allSatisfy { $0.matches($1, unorderedLists: false) } }
            var remaining = b
            for item in a {
                guard let index = remaining.firstIndex(where: { item.matches($0, unorderedLists: true) }) else { return false }
                remaining.remove(at: index)
            }
            return true
        case (.map(let a), .map(let b)): return Self.sameMap(a, b, unorderedLists)
        case (.node(let labels, let properties), .node(let node)):
            return labels == Set(node.labels) && Self.sameMap(properties, node.properties, unorderedLists)
        case (.relationship(let type, let properties), .relationship(let relationship)):
            return type == relationship.type && Self.sameMap(properties, relationship.properties, unorderedLists)
        case (.path(let nodes, let relationships), .path(let path)):
            guard nodes.count == path.nodes.count, relationships.count == path.relationships.count else { return false }
            for (index, (relationship, forward)) in relationships.enumerated() {
                let actual = path.relationships[index]
                guard relationship.matches(.relationship(actual), unorderedLists: unorderedLists),
                      (actual.startID == path.nodes[index].id) == forward else { return false }
            }
            return zip(nodes, path.nodes).allSatisfy { $0.matches(.node($1), unorderedLists: unorderedLists) }
        default: return false
        }
    }

    static func sameMap(_ expected: [String: TCKValue], _ actual: [String: CypherValue], _ unordered: Bool) -> Bool {
        Set(expected.keys) == Set(actual.keys)
            && expected.allSatisfy { key, value in actual[key].map { value.matches($0, unorderedLists: unordered) } ?? false }
    }
}

extension CypherValue {
    var isNullValue: Bool {
        if case .null = self { return true }
        return false
    }
}
