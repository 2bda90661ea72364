import Foundation
import GRDB

extension SQLValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let int): self = .integer(int)
        case .double(let double): self = .real(double)
        case .string(let string): self = .text(string)
        case .blob(let data): self = .blob([UInt8](data))
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .integer(let int): return int.databaseValue
        case .real(let double): return double.databaseValue
        case .text(let string): return string.databaseValue
        case .blob(let bytes): return Data(bytes).databaseValue
        }
    }
}

extension StatementArguments {
    init(sqlValues: [SQLValue]) {
        self.init(sqlValues.map(\.databaseValue))
    }
}
