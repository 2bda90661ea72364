import Testing
@testable import DocGraphQuery

@Suite struct ResultFormatterTests {
    let result = QueryResult(columns: ["name", "n"], rows: [
        [.string("Ada, \"the first\""), .node(CypherNode(id: 7, labels: ["Person"], properties: ["name": .string("Ada")]))],
        [.null, .list([.integer(1), .float(2.5)])],
    ])

    @Test func table() {
        #expect(ResultFormatter(format: .table).format(result) == """
            | name               | n                       |
            |--------------------|-------------------------|
            | 'Ada, "the first"' | (:Person {name: 'Ada'}) |
            | null               | [1, 2.5]                |
            2 rows

            """)
    }

    @Test func jsonLines() {
        #expect(ResultFormatter(format: .jsonl).format(result) == """
            {"name":"Ada, \\"the first\\"","n":{"id":"7","labels":["Person"],"properties":{"name":"Ada"}}}
            {"name":null,"n":[1,2.5]}

            """)
    }

    @Test func csvQuotesWhatNeedsIt() {
        #expect(ResultFormatter(format: .csv).format(result)
                == "name,n\r\n\"Ada, \"\"the first\"\"\",(:Person {name: 'Ada'})\r\n,\"[1, 2.5]\"\r\n")
    }

    @Test func parametersFromTheCommandLine() throws {
        #expect(try ParameterParser.parse("limit=5").value == .integer(5))
        #expect(try ParameterParser.parse("name='Ada'").value == .string("Ada"))
        #expect(try ParameterParser.parse("name=Ada Lovelace").value == .string("Ada Lovelace"))
        #expect(try ParameterParser.parse("ids=[1, 2]").value == .list([.integer(1), .integer(2)]))
        #expect(throws: QueryError.self) { try ParameterParser.parse("=5") }
    }
}
