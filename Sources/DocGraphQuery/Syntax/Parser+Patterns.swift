extension Parser {
    /// Pattern := PatternPart (',' PatternPart)*
    mutating func pattern() throws(QueryError) -> Pattern {
        let start = current.range.start
        var parts: [PatternPart] = []
        repeat { parts.append(try patternPart()) } while accept(symbol: ",") != nil
        return Pattern(parts: parts, range: range(from: start))
    }

    /// PatternPart := [Variable '='] PatternElement
    mutating func patternPart() throws(QueryError) -> PatternPart {
        let start = current.range.start
        var pathVariable: Variable?
        if variableToken() != nil, peek(1).isSymbol("=") {
            pathVariable = try variable()
            advance()
        }
        let element = try patternElement()
        return PatternPart(pathVariable: pathVariable, element: element, range: range(from: start))
    }

    /// PatternElement := NodePattern (RelationshipPattern NodePattern)* | '(' PatternElement ')'
    mutating func patternElement() throws(QueryError) -> PatternElement {
        let start = current.range.start
        if current.isSymbol("("), peek(1).isSymbol("(") {
            advance()
            let inner = try patternElement()
            try expect(symbol: ")")
            return inner
        }
        let first = try nodePattern()
        var steps: [PatternStep] = []
        while current.isSymbol("-") || (current.isSymbol("<") && peek(1).isSymbol("-")) {
            let relationship = try relationshipPattern()
            steps.append(PatternStep(relationship: relationship, node: try nodePattern()))
        }
        return PatternElement(start: first, steps: steps, range: range(from: start))
    }

    /// NodePattern := '(' [Variable] [NodeLabels] [Properties] ')'
    mutating func nodePattern() throws(QueryError) -> NodePattern {
        let start = current.range.start
        guard accept(symbol: "(") != nil else { throw unexpected(expected: "'(' to start a node pattern") }
        let variable = variableToken() != nil ? try self.variable() : nil
        let labels = current.isSymbol(":") ? try nodeLabels() : []
        let properties = try patternProperties()
        try expect(symbol: ")")
        return NodePattern(variable: variable, labels: labels, properties: properties, range: range(from: start))
    }

    /// NodeLabels := (':' LabelName)+
    mutating func nodeLabels() throws(QueryError) -> [Name] {
        var labels: [Name] = []
        while accept(symbol: ":") != nil { labels.append(try symbolicName("a label name")) }
        return labels
    }

    /// Properties := MapLiteral | Parameter
    mutating func patternProperties() throws(QueryError) -> Expression? {
        if current.isSymbol("{") { return try mapLiteral() }
        if case .parameter(let name) = current.kind {
            return Expression(.parameter(name), advance().range)
        }
        return nil
    }

    /// RelationshipPattern := ['<'] '-' [RelationshipDetail] '-' ['>']
    mutating func relationshipPattern() throws(QueryError) -> RelationshipPattern {
        let start = current.range.start
        let pointsLeft = accept(symbol: "<") != nil
        try expect(symbol: "-")
        var detail = RelationshipPattern(variable: nil, types: [], properties: nil, direction: .either, length: nil,
                                         range: range(from: start))
        if current.isSymbol("[") { detail = try relationshipDetail() }
        try expect(symbol: "-")
        let pointsRight = accept(symbol: ">") != nil
        // `<-->` reads as either direction, like `--`.
        detail.direction = pointsLeft == pointsRight ? .either : (pointsLeft ? .incoming : .outgoing)
        detail.range = range(from: start)
        return detail
    }

    /// RelationshipDetail := '[' [Variable] [RelationshipTypes] [RangeLiteral] [Properties] ']'
    mutating func relationshipDetail() throws(QueryError) -> RelationshipPattern {
        let start = try expect(symbol: "[").range.start
        let variable = variableToken() != nil ? try self.variable() : nil
        var types: [Name] = []
        if accept(symbol: ":") != nil {
            types.append(try symbolicName("a relationship type"))
            while accept(symbol: "|") != nil {
                _ = accept(symbol: ":")
                types.append(try symbolicName("a relationship type"))
            }
        }
        let length = current.isSymbol("*") ? try rangeLiteral() : nil
        let properties = try patternProperties()
        try expect(symbol: "]")
        return RelationshipPattern(variable: variable, types: types, properties: properties, direction: .either,
                                   length: length, range: range(from: start))
    }

    /// RangeLiteral := '*' [IntegerLiteral] ['..' [IntegerLiteral]]
    mutating func rangeLiteral() throws(QueryError) -> LengthRange {
        try expect(symbol: "*")
        let low = try optionalBound()
        if accept(symbol: "..") != nil {
            return LengthRange(minimum: low ?? 1, maximum: try optionalBound())
        }
        if let low { return LengthRange(minimum: low, maximum: low) }
        return LengthRange(minimum: 1, maximum: nil)
    }

    mutating func optionalBound() throws(QueryError) -> Int? {
        guard case .integer(let value) = current.kind else { return nil }
        guard value <= UInt64(Int32.max) else {
            throw QueryError.syntax("IntegerOverflow", "the path length \(value) is too large", at: current.range)
        }
        advance()
        return Int(value)
    }
}
