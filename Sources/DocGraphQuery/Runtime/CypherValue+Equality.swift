extension CypherValue {
    /// Cypher's `=`: `nil` when the answer is unknown (a null is involved), false across types.
    func equals(_ other: CypherValue) -> Bool? {
        switch (self, other) {
        case (.null, _), (_, .null): return nil
        case (.integer(let a), .integer(let b)): return a == b
        case (.integer, .float), (.float, .integer), (.float, .float):
            guard let a = number, let b = other.number else { return false }
            if case .integer(let exact) = self, case .float(let double) = other { return Self.same(exact, double) }
            if case .float(let double) = self, case .integer(let exact) = other { return Self.same(exact, double) }
            return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.boolean(let a), .boolean(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            return Self.allEqual(zip(a, b).map { $0.equals($1) })
        case (.map(let a), .map(let b)):
            guard Set(a.keys) == Set(b.keys) else { return false }
            return Self.allEqual(a.keys.map { a[$0, default: .null].equals(b[$0, default: .null]) })
        case (.node(let a), .node(let b)): return a.id == b.id
        case (.relationship(let a), .relationship(let b)): return a.id == b.id
        case (.path(let a), .path(let b)):
            return a.nodes.map(\.id) == b.nodes.map(\.id) && a.relationships.map(\.id) == b.relationships.map(\.id)
        default: return false
        }
    }

    private static func same(_ integer: Int64, _ double: Double) -> Bool {
        guard double.isFinite, double.rounded() == double, abs(double) < 9.3e18 else { return false }
        return Int64(double) == integer
    }

    /// False if any is false; otherwise unknown if any is unknown; otherwise true.
    private static func allEqual(_ results: [Bool?]) -> Bool? {
        if results.contains(false) { return false }
        if results.contains(where: { $0 == nil }) { return nil }
        return true
    }

    /// Equality for grouping and DISTINCT: null equals null, and lists compare element-wise that way.
    func isEquivalent(to other: CypherValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isEquivalent(to: $1) }
        case (.map(let a), .map(let b)):
            return Set(a.keys) == Set(b.keys) && a.keys.allSatisfy { a[$0, default: .null].isEquivalent(to: b[$0, default: .null]) }
        case (.float(let a), .float(let b)) where a.isNaN && b.isNaN: return true
        default: return equals(other) == true
        }
    }
}
