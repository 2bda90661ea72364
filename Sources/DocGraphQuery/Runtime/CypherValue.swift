/// A value as Cypher sees it: the result of an expression, a parameter, or a returned cell.
public enum CypherValue: Hashable, Sendable {
    case null
    case boolean(Bool)
    case integer(Int64)
    case float(Double)
    case string(String)
    case list([CypherValue])
    case map([String: CypherValue])
    case node(CypherNode)
    case relationship(CypherRelationship)
    case path(CypherPath)

    /// The type's name as error messages and `valueType` print it.
    public var typeName: String {
        switch self {
        case .null: return "NULL"
        case .boolean: return "BOOLEAN"
        case .integer: return "INTEGER"
        case .float: return "FLOAT"
        case .string: return "STRING"
        case .list: return "LIST"
        case .map: return "MAP"
        case .node: return "NODE"
        case .relationship: return "RELATIONSHIP"
        case .path: return "PATH"
        }
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The number as a Double, for integers and floats.
    var number: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .float(let value): return value
        default: return nil
        }
    }
}
