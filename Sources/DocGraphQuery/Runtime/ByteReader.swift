/// Reads values written by ``ValueCodec``.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    static let damaged = QueryError.runtime("InternalError", "a damaged value reached the query engine")

    mutating func byte() throws(QueryError) -> UInt8 {
        guard offset < bytes.count else { throw Self.damaged }
        offset += 1
        return bytes[offset - 1]
    }

    mutating func word() throws(QueryError) -> UInt64 {
        var result: UInt64 = 0
        for _ in 0..<8 { result = result << 8 | UInt64(try byte()) }
        return result
    }

    mutating func count() throws(QueryError) -> Int {
        let value = try word()
        guard value <= UInt64(bytes.count) else { throw Self.damaged }
        return Int(value)
    }

    mutating func string() throws(QueryError) -> String {
        let length = try count()
        guard offset + length <= bytes.count else { throw Self.damaged }
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func value() throws(QueryError) -> CypherValue {
        guard let tag = ValueCodec.Tag(rawValue: try byte()) else { throw Self.damaged }
        switch tag {
        case .null: return .null
        case .falseValue: return .boolean(false)
        case .trueValue: return .boolean(true)
        case .integer: return .integer(Int64(bitPattern: try word()))
        case .float: return .float(Double(bitPattern: try word()))
        case .string: return .string(try string())
        case .list:
            let size = try count()
            var items: [CypherValue] = []
            items.reserveCapacity(size)
            for _ in 0..<size { items.append(try value()) }
            return .list(items)
        case .map:
            let size = try count()
            var entries: [String: CypherValue] = [:]
            for _ in 0..<size {
                let key = try string()
                entries[key] = try value()
            }
            return .map(entries)
        case .node: return .node(CypherNode(id: Int64(bitPattern: try word())))
        case .relationship: return .relationship(CypherRelationship(id: Int64(bitPattern: try word())))
        case .path:
            let size = try count()
            var nodes: [CypherNode] = []
            for _ in 0..<size { nodes.append(CypherNode(id: Int64(bitPattern: try word()))) }
            var relationships: [CypherRelationship] = []
            for _ in 0..<max(size - 1, 0) { relationships.append(CypherRelationship(id: Int64(bitPattern: try word()))) }
            return .path(CypherPath(nodes: nodes, relationships: relationships))
        }
    }
}
