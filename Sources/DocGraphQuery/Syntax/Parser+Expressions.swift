extension Parser {
    /// Expression := OrExpression
    mutating func expression() throws(QueryError) -> Expression {
        try orExpression()
    }

    /// OrExpression := XorExpression (OR XorExpression)*
    mutating func orExpression() throws(QueryError) -> Expression {
        var left = try xorExpression()
        while accept(keyword: "OR") != nil {
            left = combine(.or, left, try xorExpression())
        }
        return left
    }

    /// XorExpression := AndExpression (XOR AndExpression)*
    mutating func xorExpression() throws(QueryError) -> Expression {
        var left = try andExpression()
        while accept(keyword: "XOR") != nil {
            left = combine(.xor, left, try andExpression())
        }
        return left
    }

    /// AndExpression := NotExpression (AND NotExpression)*
    mutating func andExpression() throws(QueryError) -> Expression {
        var left = try notExpression()
        while accept(keyword: "AND") != nil {
            left = combine(.and, left, try notExpression())
        }
        return left
    }

    /// NotExpression := NOT* ComparisonExpression
    mutating func notExpression() throws(QueryError) -> Expression {
        if let not = accept(keyword: "NOT") {
            let operand = try notExpression()
            return Expression(.unary(.not, operand), not.range.to(operand.range))
        }
        return try comparisonExpression()
    }

    /// ComparisonExpression := PredicateExpression (('=' | '<>' | '<' | '>' | '<=' | '>=') PredicateExpression)*
    ///
    /// A chain `a < b < c` means `a < b AND b < c`.
    mutating func comparisonExpression() throws(QueryError) -> Expression {
        let first = try predicateExpression()
        var comparisons: [Expression] = []
        var left = first
        while case .symbol(let symbol) = current.kind, let op = Self.comparisonOperators[symbol] {
            advance()
            let right = try predicateExpression()
            comparisons.append(combine(op, left, right))
            left = right
        }
        guard var result = comparisons.first else { return first }
        for next in comparisons.dropFirst() { result = combine(.and, result, next) }
        return result
    }

    static let comparisonOperators: [String: BinaryOperator] = [
        "=": .equal, "<>": .notEqual, "<": .less, ">": .greater, "<=": .lessOrEqual, ">=": .greaterOrEqual,
    ]

    /// PredicateExpression := AddExpression ((STARTS WITH | ENDS WITH | CONTAINS | '=~' | IN) AddExpression | IS [NOT] NULL)*
    mutating func predicateExpression() throws(QueryError) -> Expression {
        var left = try addExpression()
        while true {
            if current.isKeyword("STARTS"), peek(1).isKeyword("WITH") {
                advance(); advance()
                left = combine(.startsWith, left, try addExpression())
            } else if current.isKeyword("ENDS"), peek(1).isKeyword("WITH") {
                advance(); advance()
                left = combine(.endsWith, left, try addExpression())
            } else if accept(keyword: "CONTAINS") != nil {
                left = combine(.contains, left, try addExpression())
            } else if accept(symbol: "=~") != nil {
                left = combine(.matches, left, try addExpression())
            } else if accept(keyword: "IN") != nil {
                left = combine(.in, left, try addExpression())
            } else if accept(keyword: "IS") != nil {
                let negated = accept(keyword: "NOT") != nil
                try expect(keyword: "NULL")
                left = Expression(.isNull(left, negated: negated), left.range.to(range(from: left.range.start)))
            } else {
                return left
            }
        }
    }

    /// AddExpression := MultiplyExpression (('+' | '-') MultiplyExpression)*
    mutating func addExpression() throws(QueryError) -> Expression {
        var left = try multiplyExpression()
        while true {
            if accept(symbol: "+") != nil {
                left = combine(.add, left, try multiplyExpression())
            } else if accept(symbol: "-") != nil {
                left = combine(.subtract, left, try multiplyExpression())
            } else {
                return left
            }
        }
    }

    /// MultiplyExpression := PowerExpression (('*' | '/' | '%') PowerExpression)*
    mutating func multiplyExpression() throws(QueryError) -> Expression {
        var left = try powerExpression()
        while true {
            if accept(symbol: "*") != nil {
                left = combine(.multiply, left, try powerExpression())
            } else if accept(symbol: "/") != nil {
                left = combine(.divide, left, try powerExpression())
            } else if accept(symbol: "%") != nil {
                left = combine(.modulo, left, try powerExpression())
            } else {
                return left
            }
        }
    }

    /// PowerExpression := UnaryExpression ('^' UnaryExpression)*
    mutating func powerExpression() throws(QueryError) -> Expression {
        var left = try unaryExpression()
        while accept(symbol: "^") != nil {
            left = combine(.power, left, try unaryExpression())
        }
        return left
    }

    /// UnaryExpression := ('+' | '-') UnaryExpression | PostfixExpression
    ///
    /// A minus directly before an integer literal makes a negative literal, so the smallest
    /// 64-bit integer can be written.
    mutating func unaryExpression() throws(QueryError) -> Expression {
        if let minus = accept(symbol: "-") {
            if case .integer(let magnitude) = current.kind {
                let literal = advance()
                let range = minus.range.to(literal.range)
                guard magnitude <= UInt64(Int64.max) + 1 else {
                    throw QueryError.syntax("IntegerOverflow", "the integer -\(magnitude) is too small", at: range)
                }
                let value = magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
                return try postfixOperators(on: Expression(.literal(.integer(value)), range))
            }
            let operand = try unaryExpression()
            return Expression(.unary(.minus, operand), minus.range.to(operand.range))
        }
        if let plus = accept(symbol: "+") {
            let operand = try unaryExpression()
            return Expression(.unary(.plus, operand), plus.range.to(operand.range))
        }
        return try postfixExpression()
    }

    /// PostfixExpression := Atom ('.' PropertyKeyName | '[' Expression ']' | '[' [Expression] '..' [Expression] ']' | NodeLabels)*
    mutating func postfixExpression() throws(QueryError) -> Expression {
        try postfixOperators(on: try atom())
    }

    mutating func postfixOperators(on atom: Expression) throws(QueryError) -> Expression {
        var result = atom
        let start = atom.range.start
        while true {
            if accept(symbol: ".") != nil {
                let key = try symbolicName("a property name after '.'")
                result = Expression(.property(result, key.text), range(from: start))
            } else if accept(symbol: "[") != nil {
                if accept(symbol: "..") != nil {
                    let upper = current.isSymbol("]") ? nil : try expression()
                    try expect(symbol: "]")
                    result = Expression(.slice(result, nil, upper), range(from: start))
                    continue
                }
                let index = try expression()
                if accept(symbol: "..") != nil {
                    let upper = current.isSymbol("]") ? nil : try expression()
                    try expect(symbol: "]")
                    result = Expression(.slice(result, index, upper), range(from: start))
                } else {
                    try expect(symbol: "]")
                    result = Expression(.index(result, index), range(from: start))
                }
            } else if current.isSymbol(":"), peek(1).name != nil {
                let labels = try nodeLabels()
                result = Expression(.hasLabels(result, labels), range(from: start))
            } else {
                return result
            }
        }
    }

    func combine(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> Expression {
        Expression(.binary(op, left, right), left.range.to(right.range))
    }
}
