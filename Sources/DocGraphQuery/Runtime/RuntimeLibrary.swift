import DocGraphStore

/// The SQL functions and aggregates compiled queries call, registered on the connection that
/// runs them. Their names are fixed here; the compiler refers to them through ``SQLName``.
enum RuntimeLibrary {
    /// Everything below, as the one library every query's connection has registered.
    static let library = SQLFunctionLibrary(functions: functions, aggregates: aggregates)

    static let functions: [SQLFunction] = operatorFunctions + valueFunctions + pathFunctions
        + CypherFunctions.all.values.map { function in
            SQLFunction(name: function.sqlName, argumentCount: nil) { arguments in
                guard function.arity.contains(arguments.count) else {
                    throw QueryError.runtime("InvalidArgumentType", "\(function.name)() takes \(function.arity) arguments")
                }
                return ValueCodec.sqlValue(try function.body(try decode(arguments)))
            }
        }

    static let aggregates: [SQLAggregate] = [
        SQLAggregate(name: "cy_count", argumentCount: 1, accumulator: CountAccumulator.self),
        SQLAggregate(name: "cy_collect", argumentCount: 1, accumulator: CollectAccumulator.self),
        SQLAggregate(name: "cy_sum", argumentCount: 1, accumulator: SumAccumulator.self),
        SQLAggregate(name: "cy_avg", argumentCount: 1, accumulator: AverageAccumulator.self),
        SQLAggregate(name: "cy_min", argumentCount: 1, accumulator: ExtremeAccumulator<Smallest>.self),
        SQLAggregate(name: "cy_max", argumentCount: 1, accumulator: ExtremeAccumulator<Largest>.self),
        SQLAggregate(name: "cy_listagg", argumentCount: 1, accumulator: ListAccumulator.self),
        SQLAggregate(name: "cy_q_all", argumentCount: 1, accumulator: QuantifierAccumulator<Quantifier.All>.self),
        SQLAggregate(name: "cy_q_any", argumentCount: 1, accumulator: QuantifierAccumulator<Quantifier.AnyOf>.self),
        SQLAggregate(name: "cy_q_none", argumentCount: 1, accumulator: QuantifierAccumulator<Quantifier.NoneOf>.self),
        SQLAggregate(name: "cy_q_single", argumentCount: 1, accumulator: QuantifierAccumulator<Quantifier.Single>.self),
    ]

    static func decode(_ arguments: SQLFunctionArguments) throws(QueryError) -> [CypherValue] {
        var values: [CypherValue] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try ValueCodec.value(argument)) }
        return values
    }

    /// A function of Cypher values.
    static func function(_ name: String, _ count: Int?, _ body: @escaping @Sendable ([CypherValue]) throws(QueryError) -> CypherValue) -> SQLFunction {
        SQLFunction(name: name, argumentCount: count) { arguments in
            ValueCodec.sqlValue(try body(try decode(arguments)))
        }
    }

    static let operatorFunctions: [SQLFunction] = {
        let binary: [(String, BinaryOperator)] = [
            ("cy_eq", .equal), ("cy_ne", .notEqual), ("cy_lt", .less), ("cy_le", .lessOrEqual), ("cy_gt", .greater),
            ("cy_ge", .greaterOrEqual), ("cy_add", .add), ("cy_sub", .subtract), ("cy_mul", .multiply),
            ("cy_div", .divide), ("cy_mod", .modulo), ("cy_pow", .power), ("cy_and", .and), ("cy_or", .or),
            ("cy_xor", .xor), ("cy_starts", .startsWith), ("cy_ends", .endsWith), ("cy_contains", .contains),
            ("cy_regex", .matches), ("cy_in", .in),
        ]
        var functions = binary.map { name, op in
            function(name, 2) { args throws(QueryError) in try CypherOperators.binary(op, args[0], args[1]) }
        }
        functions.append(function("cy_not", 1) { args throws(QueryError) in try CypherOperators.not(args[0]) })
        functions.append(function("cy_neg", 1) { args throws(QueryError) in try CypherOperators.negate(args[0]) })
        functions.append(function("cy_pos", 1) { args throws(QueryError) in
            if args[0].isNull || args[0].number != nil { return args[0] }
            throw CypherOperators.typeError("cannot apply unary + to \(args[0].typeName)")
        })
        // WHERE keeps a row only when the predicate is true (not false, not null).
        functions.append(SQLFunction(name: "cy_test", argumentCount: 1) { arguments in
            switch try ValueCodec.value(arguments[0]) {
            case .boolean(let flag): return .integer(flag ? 1 : 0)
            case .null: return .integer(0)
            case let other: throw CypherOperators.typeError("expected a boolean predicate but got \(other.typeName)")
            }
        })
        // SQL truth (1, 0 or NULL) as a Cypher boolean.
        functions.append(SQLFunction(name: "cy_bool", argumentCount: 1) { arguments in
            guard case .integer(let flag) = arguments[0] else { return .null }
            return ValueCodec.sqlValue(.boolean(flag != 0))
        })
        // SKIP and LIMIT: a non-negative integer.
        functions.append(SQLFunction(name: "cy_rowcount", argumentCount: 1) { arguments in
            switch try ValueCodec.value(arguments[0]) {
            case .integer(let count) where count >= 0: return .integer(count)
            case .integer: throw QueryError.runtime("NegativeIntegerArgument", "SKIP and LIMIT need a number of 0 or more")
            case let other: throw QueryError.runtime("InvalidArgumentType", "SKIP and LIMIT need an integer, not \(other.typeName)")
            }
        })
        // ORDER BY calls it for every row: text is keyed from SQLite's bytes without a String.
        functions.append(SQLFunction(name: "cy_sortkey", argumentCount: 1) { arguments in
            if let key = arguments.withUTF8(at: 0, CypherValue.sortKey(utf8:)) { return .blob(key) }
            return .blob(try ValueCodec.value(arguments[0]).sortKey)
        })
        return functions
    }()
}
