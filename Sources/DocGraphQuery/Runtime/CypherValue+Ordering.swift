extension CypherValue {
    /// Cypher's comparison for `<`, `<=`, `>`, `>=`: `nil` when the values cannot be compared
    /// (null, different types); NaN compares false with everything, reported as `.unordered`.
    enum Comparison {
        case less, equal, greater, unordered
    }

    func compare(_ other: CypherValue) -> Comparison? {
        switch (self, other) {
        case (.integer(let a), .integer(let b)): return a < b ? .less : (a == b ? .equal : .greater)
        case (.integer, .float), (.float, .integer), (.float, .float):
            guard let a = number, let b = other.number else { return nil }
            if a.isNaN || b.isNaN { return .unordered }
            return a < b ? .less : (a == b ? .equal : .greater)
        case (.string(let a), .string(let b)):
            if a == b { return .equal }
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars, by: { $0.value < $1.value }) ? .less : .greater
        case (.boolean(let a), .boolean(let b)): return a == b ? .equal : (!a ? .less : .greater)
        case (.list(let a), .list(let b)):
            for (x, y) in zip(a, b) {
                guard let result = x.compare(y) else { return nil }
                if result != .equal { return result }
            }
            return a.count == b.count ? .equal : (a.count < b.count ? .less : .greater)
        default: return nil
        }
    }

    /// Bytes whose plain byte order is Cypher's ORDER BY order: maps, nodes, relationships,
    /// lists, paths, strings, booleans, numbers, then null last.
    var sortKey: [UInt8] {
        var bytes: [UInt8] = []
        appendSortKey(to: &bytes)
        return bytes
    }

    /// The ``sortKey`` of the string whose UTF-8 bytes these are, made from the bytes as they
    /// stand when they are valid UTF-8 (a `String` of them would hold the same bytes); other
    /// bytes are repaired into a `String` first, as decoding them anywhere else would.
    static func sortKey(utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard isValidUTF8(utf8) else { return CypherValue.string(String(decoding: utf8, as: UTF8.self)).sortKey }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 3)
        bytes.append(0x60)
        appendSortable(utf8: utf8, to: &bytes)
        return bytes
    }

    private static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private func appendSortKey(to bytes: inout [UInt8]) {
        switch self {
        case .map(let entries):
            bytes.append(0x10)
            for key in entries.keys.sorted() {
                bytes.append(0x01)
                Self.appendSortable(utf8: key.utf8, to: &bytes)
                entries[key, default: .null].appendSortKey(to: &bytes)
            }
            bytes.append(0x00)
        case .node(let node):
            bytes.append(0x20)
            Self.appendSortable(int: node.id, to: &bytes)
        case .relationship(let relationship):
            bytes.append(0x30)
            Self.appendSortable(int: relationship.id, to: &bytes)
        case .list(let items):
            bytes.append(0x40)
            for item in items { item.appendSortKey(to: &bytes) }
            bytes.append(0x00)
        case .path(let path):
            bytes.append(0x50)
            for node in path.nodes { Self.appendSortable(int: node.id, to: &bytes) }
            bytes.append(0x00)
        case .string(let string):
            bytes.append(0x60)
            Self.appendSortable(utf8: string.utf8, to: &bytes)
        case .boolean(let flag):
            bytes.append(0x70)
            bytes.append(flag ? 1 : 0)
        case .integer(let int):
            bytes.append(0x80)
            Self.appendSortable(double: Double(int), to: &bytes)
            bytes.append(0x01)
            Self.appendSortable(int: int, to: &bytes)
        case .float(let double):
            bytes.append(0x80)
            Self.appendSortable(double: double, to: &bytes)
            bytes.append(0x00)
        case .null:
            bytes.append(0xF0)
        }
    }

    private static func appendSortable(int: Int64, to bytes: inout [UInt8]) {
        ValueCodec.append(UInt64(bitPattern: int) ^ (1 << 63), to: &bytes)
    }

    private static func appendSortable(double: Double, to bytes: inout [UInt8]) {
        if double.isNaN {
            ValueCodec.append(UInt64.max, to: &bytes)
            return
        }
        let bits = (double == 0 ? 0.0 : double).bitPattern
        ValueCodec.append(bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63), to: &bytes)
    }

    private static func appendSortable(utf8: some Sequence<UInt8>, to bytes: inout [UInt8]) {
        for byte in utf8 {
            bytes.append(byte)
            if byte == 0 { bytes.append(0xFF) }
        }
        bytes.append(0x00)
        bytes.append(0x00)
    }
}
