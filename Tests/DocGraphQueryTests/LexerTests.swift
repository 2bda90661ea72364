import Testing
@testable import DocGraphQuery

@Suite struct LexerTests {
    func kinds(_ text: String) throws -> [TokenKind] {
        try Lexer().tokens(of: Source(text)).map(\.kind)
    }

    @Test func readsNamesNumbersStringsAndSymbols() throws {
        #expect(try kinds("MATCH (n:Person {age: 0x1F}) RETURN n.name, 'it''s'") == [
            .name("MATCH"), .symbol("("), .name("n"), .symbol(":"), .name("Person"), .symbol("{"), .name("age"), .symbol(":"),
            .integer(31), .symbol("}"), .symbol(")"), .name("RETURN"), .name("n"), .symbol("."), .name("name"), .symbol(","),
            .string("it"), .string("s"), .end,
        ])
    }

    @Test func readsFloatsEscapesParametersAndComments() throws {
        #expect(try kinds("1.5e3 .5 '\\u00e9\\n' $param `odd name` // comment\n<= <> =~") == [
            .float(1500), .float(0.5), .string("é\n"), .parameter("param"), .quotedName("odd name"),
            .symbol("<="), .symbol("<>"), .symbol("=~"), .end,
        ])
    }

    @Test func rangesCountUnicodeScalars() throws {
        let tokens = try Lexer().tokens(of: Source("'🧐' x"))
        #expect(tokens[1].range == SourceRange(start: 4, end: 5))
    }

    @Test func rejectsBadNumbers() {
        #expect(throws: QueryError.self) { try kinds("0x1Z") }
        #expect(throws: QueryError.self) { try kinds("99999999999999999999") }
        #expect(throws: QueryError.self) { try kinds("1.34E999") }
        #expect(throws: QueryError.self) { try kinds("'\\uH'") }
    }
}
