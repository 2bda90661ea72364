extension Parser {
    /// Atom := Literal | Parameter | CaseExpression | COUNT '(' '*' ')' | ListComprehension
    ///       | PatternComprehension | Quantifier | Reduce | PatternPredicate | '(' Expression ')'
    ///       | FunctionInvocation | Variable | ListLiteral | MapLiteral
    mutating func atom() throws(QueryError) -> Expression {
        let token = current
        switch token.kind {
        case .integer(let magnitude):
            advance()
            guard magnitude <= UInt64(Int64.max) else {
                throw QueryError.syntax("IntegerOverflow", "the integer \(magnitude) is too large", at: token.range)
            }
            return Expression(.literal(.integer(Int64(magnitude))), token.range)
        case .float(let value):
            advance()
            return Expression(.literal(.float(value)), token.range)
        case .string(let value):
            advance()
            return Expression(.literal(.string(value)), token.range)
        case .parameter(let name):
            advance()
            return Expression(.parameter(name), token.range)
        case .symbol("["):
            return try listAtom()
        case .symbol("{"):
            return try mapLiteral()
        case .symbol("("):
            return try parenthesized()
        case .name(let text):
            return try nameAtom(text.uppercased())
        case .quotedName:
            return try functionOrVariable()
        default:
            throw unexpected(expected: "an expression")
        }
    }

    mutating func nameAtom(_ word: String) throws(QueryError) -> Expression {
        let token = current
        switch word {
        case "TRUE": advance(); return Expression(.literal(.boolean(true)), token.range)
        case "FALSE": advance(); return Expression(.literal(.boolean(false)), token.range)
        case "NULL": advance(); return Expression(.literal(.null), token.range)
        case "CASE": return try caseExpression()
        case "COUNT" where peek(1).isSymbol("(") && peek(2).isSymbol("*"):
            advance(); advance(); advance()
            try expect(symbol: ")")
            return Expression(.countAll, range(from: token.range.start))
        case "ALL" where isQuantifierStart, "ANY" where isQuantifierStart, "NONE" where isQuantifierStart,
             "SINGLE" where isQuantifierStart:
            return try quantifier()
        case "REDUCE" where peek(1).isSymbol("("):
            return try reduce()
        default:
            return try functionOrVariable()
        }
    }

    /// FunctionInvocation := FunctionName '(' [DISTINCT] [Expression (',' Expression)*] ')' ;
    /// FunctionName := (SymbolicName '.')* SymbolicName
    mutating func functionOrVariable() throws(QueryError) -> Expression {
        let start = current.range.start
        var lookahead = 1
        while peek(lookahead).isSymbol("."), peek(lookahead + 1).name != nil { lookahead += 2 }
        guard peek(lookahead).isSymbol("(") else {
            let variable = try self.variable()
            return Expression(.variable(variable.name), variable.range)
        }
        var parts: [String] = []
        for _ in 0..<((lookahead + 1) / 2) {
            parts.append(advance().name ?? "")
            _ = accept(symbol: ".")
        }
        try expect(symbol: "(")
        let distinct = accept(keyword: "DISTINCT") != nil
        var arguments: [Expression] = []
        if accept(symbol: ")") == nil {
            repeat { arguments.append(try expression()) } while accept(symbol: ",") != nil
            try expect(symbol: ")")
        }
        let name = parts.joined(separator: ".").lowercased()
        return Expression(.function(name: name, distinct: distinct, arguments: arguments), range(from: start))
    }

    /// CaseExpression := CASE [Expression] (WHEN Expression THEN Expression)+ [ELSE Expression] END
    mutating func caseExpression() throws(QueryError) -> Expression {
        let start = try expect(keyword: "CASE").range.start
        let subject = current.isKeyword("WHEN") ? nil : try expression()
        var branches: [CaseBranch] = []
        while accept(keyword: "WHEN") != nil {
            let condition = try expression()
            try expect(keyword: "THEN")
            branches.append(CaseBranch(condition: condition, value: try expression()))
        }
        guard !branches.isEmpty else { throw unexpected(expected: "WHEN") }
        let otherwise = accept(keyword: "ELSE") != nil ? try expression() : nil
        try expect(keyword: "END")
        return Expression(.caseOf(subject: subject, branches: branches, otherwise: otherwise), range(from: start))
    }

    var isQuantifierStart: Bool { peek(1).isSymbol("(") && peek(3).isKeyword("IN") }

    /// Quantifier := (ALL | ANY | NONE | SINGLE) '(' Variable IN Expression [WHERE Expression] ')'
    mutating func quantifier() throws(QueryError) -> Expression {
        let start = current.range.start
        let kind = Quantifier(rawValue: advance().name?.lowercased() ?? "") ?? .any
        try expect(symbol: "(")
        let variable = try self.variable()
        try expect(keyword: "IN")
        let list = try expression()
        let predicate = try whereClause()
        try expect(symbol: ")")
        return Expression(.quantifier(kind, variable: variable, list: list, predicate: predicate), range(from: start))
    }

    /// Reduce := REDUCE '(' Variable '=' Expression ',' Variable IN Expression '|' Expression ')'
    mutating func reduce() throws(QueryError) -> Expression {
        let start = advance().range.start
        try expect(symbol: "(")
        let accumulator = try variable()
        try expect(symbol: "=")
        let initial = try expression()
        try expect(symbol: ",")
        let variable = try self.variable()
        try expect(keyword: "IN")
        let list = try expression()
        try expect(symbol: "|")
        let body = try expression()
        try expect(symbol: ")")
        return Expression(.reduce(accumulator: accumulator, initial: initial, variable: variable, list: list, expression: body),
                          range(from: start))
    }

    /// ParenthesizedExpression := '(' Expression ')' ; PatternPredicate := PatternElement with a relationship
    mutating func parenthesized() throws(QueryError) -> Expression {
        let saved = position
        if let element = try? patternElement(), !element.steps.isEmpty {
            return Expression(.pattern(element), element.range)
        }
        position = saved
        let start = try expect(symbol: "(").range.start
        let inner = try expression()
        try expect(symbol: ")")
        return Expression(inner.kind, range(from: start))
    }

    /// ListLiteral := '[' [Expression (',' Expression)*] ']'
    /// ListComprehension := '[' Variable IN Expression [WHERE Expression] ['|' Expression] ']'
    /// PatternComprehension := '[' [Variable '='] PatternElement [WHERE Expression] '|' Expression ']'
    mutating func listAtom() throws(QueryError) -> Expression {
        let start = current.range.start
        advance()
        if variableToken() != nil, peek(1).isKeyword("IN") {
            let variable = try self.variable()
            advance()
            let list = try expression()
            let predicate = try whereClause()
            let projection = accept(symbol: "|") != nil ? try expression() : nil
            try expect(symbol: "]")
            return Expression(.listComprehension(variable: variable, list: list, predicate: predicate, projection: projection),
                              range(from: start))
        }
        if let comprehension = try patternComprehension(start: start) { return comprehension }
        var elements: [Expression] = []
        if accept(symbol: "]") == nil {
            repeat { elements.append(try expression()) } while accept(symbol: ",") != nil
            try expect(symbol: "]")
        }
        return Expression(.list(elements), range(from: start))
    }

    /// The pattern comprehension starting after '[', or nil (position unchanged) when the
    /// brackets hold a list literal.
    mutating func patternComprehension(start: Int) throws(QueryError) -> Expression? {
        let saved = position
        var pathVariable: Variable?
        if variableToken() != nil, peek(1).isSymbol("="), peek(2).isSymbol("(") {
            pathVariable = try variable()
            advance()
        }
        guard current.isSymbol("("), let element = try? patternElement(), !element.steps.isEmpty,
              current.isKeyword("WHERE") || current.isSymbol("|")
        else {
            position = saved
            return nil
        }
        let predicate = try whereClause()
        try expect(symbol: "|")
        let projection = try expression()
        try expect(symbol: "]")
        return Expression(.patternComprehension(pathVariable: pathVariable, element: element, predicate: predicate,
                                                projection: projection), range(from: start))
    }

    /// MapLiteral := '{' [PropertyKeyName ':' Expression (',' PropertyKeyName ':' Expression)*] '}'
    mutating func mapLiteral() throws(QueryError) -> Expression {
        let start = try expect(symbol: "{").range.start
        var entries: [MapEntry] = []
        if accept(symbol: "}") == nil {
            repeat {
                let key = try symbolicName("a property name")
                try expect(symbol: ":")
                entries.append(MapEntry(key: key, value: try expression()))
            } while accept(symbol: ",") != nil
            try expect(symbol: "}")
        }
        return Expression(.map(entries), range(from: start))
    }
}
