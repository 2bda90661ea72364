import DocGraphKit
import DocGraphPipeline
import Testing

/// spaCy EntityRuler token patterns: each attribute, each test and each operator.
@Suite struct TokenPatternTests {
    private func found(_ pattern: String, in text: String, extra: String = "") throws -> [String] {
        let pack = try RulePackFixtures.pack(produces: ["X"], patterns: #"{"label": "X", "pattern": \#(pattern)}"#, extra: extra)
        return try RulePackFixtures.found(by: pack, in: text)
    }

    @Test func lowerIgnoresCase() throws {
        #expect(try found(#"[{"LOWER": "county"}, {"LOWER": "council"}]"#, in: "The County Council and county council met.")
            == ["X:County Council", "X:county council"])
    }

    @Test func textAndOrthAreExact() throws {
        #expect(try found(#"[{"TEXT": "Board"}]"#, in: "Board board BOARD") == ["X:Board"])
        #expect(try found(#"[{"ORTH": "BOARD"}]"#, in: "Board board BOARD") == ["X:BOARD"])
    }

    @Test func flagsFollowPythonStringRules() throws {
        let text = "Ann met NATO at 10 , then McKay ."
        #expect(try found(#"[{"IS_TITLE": true}]"#, in: text) == ["X:Ann"])
        #expect(try found(#"[{"IS_UPPER": true}]"#, in: text) == ["X:NATO"])
        #expect(try found(#"[{"IS_DIGIT": true}]"#, in: text) == ["X:10"])
        #expect(try found(#"[{"IS_PUNCT": true}]"#, in: text) == ["X:,", "X:."])
        #expect(try found(#"[{"IS_LOWER": true}]"#, in: "Ann met NATO") == ["X:met"])
        #expect(try found(#"[{"IS_ALPHA": false}]"#, in: "Ann met 10 .") == ["X:10", "X:."])
    }

    @Test func lengthComparesNumbers() throws {
        #expect(try found(#"[{"LENGTH": 3}]"#, in: "a bb ccc dddd") == ["X:ccc"])
        #expect(try found(#"[{"LENGTH": {">=": 3}}]"#, in: "a bb ccc dddd") == ["X:ccc", "X:dddd"])
        #expect(try found(#"[{"LENGTH": {"<": 2}}]"#, in: "a bb ccc") == ["X:a"])
    }

    @Test func inAndNotInTestMembership() throws {
        #expect(try found(#"[{"LOWER": {"IN": ["mr", "mrs"]}}, {"IS_TITLE": true}]"#, in: "Mr Lee and Mrs Shah and Dr Ode")
            == ["X:Mr Lee", "X:Mrs Shah"])
        #expect(try found(#"[{"IS_TITLE": true, "ORTH": {"NOT_IN": ["The"]}}]"#, in: "The Board met Ann") == ["X:Board", "X:Ann"])
    }

    @Test func regexSearchesTheAttribute() throws {
        #expect(try found(#"[{"TEXT": {"REGEX": "^[A-Z]{2,}$"}}]"#, in: "The NHS and BBC met") == ["X:NHS", "X:BBC"])
        #expect(try found(#"[{"LOWER": {"REGEX": "shire"}}]"#, in: "Warwickshire and Kent") == ["X:Warwickshire"])
    }

    @Test func optionalTokenMayBeMissing() throws {
        #expect(try found(#"[{"LOWER": "chief", "OP": "?"}, {"LOWER": "constable"}]"#, in: "the Chief Constable; a constable")
            == ["X:Chief Constable", "X:constable"])
    }

    @Test func starAndPlusRepeatGreedily() throws {
        let plus = #"[{"LOWER": "dr"}, {"IS_TITLE": true, "OP": "+"}]"#
        #expect(try found(plus, in: "Dr Ann Marie Lee spoke; Dr spoke") == ["X:Dr Ann Marie Lee"])
        let star = #"[{"LOWER": "dr"}, {"IS_TITLE": true, "OP": "*"}]"#
        #expect(try found(star, in: "Dr Ann Lee spoke; Dr spoke") == ["X:Dr Ann Lee", "X:Dr"])
    }

    @Test func bangMatchesOneTokenThatFailsTheTests() throws {
        #expect(try found(#"[{"LOWER": "the"}, {"IS_TITLE": true, "OP": "!"}]"#, in: "the Board and the plan")
            == ["X:the plan"])
    }

    @Test func countsBoundRepetition() throws {
        let text = "a b b b b c"
        #expect(try found(#"[{"LOWER": "a"}, {"LOWER": "b", "OP": "{2}"}]"#, in: text) == ["X:a b b"])
        #expect(try found(#"[{"LOWER": "a"}, {"LOWER": "b", "OP": "{1,3}"}]"#, in: text) == ["X:a b b b"])
        #expect(try found(#"[{"LOWER": "a"}, {"LOWER": "b", "OP": "{2,}"}]"#, in: text) == ["X:a b b b b"])
        #expect(try found(#"[{"LOWER": "a"}, {"LOWER": "b", "OP": "{,2}"}]"#, in: text) == ["X:a b b"])
        #expect(try found(#"[{"LOWER": "a"}, {"LOWER": "b", "OP": "{5}"}]"#, in: text) == [])
    }

    @Test func emptyObjectIsAnyToken() throws {
        #expect(try found(#"[{"LOWER": "item"}, {}]"#, in: "item 4 and item") == ["X:item 4"])
    }

    @Test func idBecomesTheKey() throws {
        let pack = try RulePackFixtures.pack(produces: ["TITLE"], patterns: """
            {"label": "TITLE", "pattern": [{"LOWER": "cllr"}], "id": "councillor"}
            {"label": "TITLE", "pattern": "Councillor", "id": "councillor"}
            """)
        #expect(try RulePackFixtures.found(by: pack, in: "Cllr Ode and Councillor Lee")
            == ["TITLE:Cllr=councillor", "TITLE:Councillor=councillor"])
    }
}
