import DocGraphStore

/// Collects a statement's arguments and hands out their numbered placeholders, so text built
/// out of order still binds the right values.
struct SQLArguments {
    /// Placeholders below this number are reserved (the current row in a row evaluation).
    let reserved: Int
    var values: [SQLValue] = []

    init(reserved: Int = 0) {
        self.reserved = reserved
    }

    mutating func bind(_ value: SQLValue) -> String {
        values.append(value)
        return "?\(reserved + values.count)"
    }

    mutating func bind(_ value: CypherValue) -> String {
        bind(ValueCodec.sqlValue(value))
    }

    mutating func bind(text: String) -> String {
        bind(SQLValue.text(text))
    }
}
