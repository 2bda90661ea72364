import DocGraphKit
import DocGraphPipeline
import Foundation
import Testing

/// Phrase patterns, lexicons, overlaps, sections and word lists of rule packs.
@Suite struct RulePackMatchingTests {
    private let lexiconPack = """
        id: words.v1
        name: Words
        produces: [TITLE, ORG_WORD, Organisation]
        labels: {ORG: Organisation}
        lexicons:
          - file: lexicons/titles.txt
            label: TITLE
          - file: lexicons/organisation-words.txt
            name: organisation-words
            attr: LOWER
        patterns: [patterns.jsonl]
        """

    private func loadLexiconPack(_ patterns: String = "") throws -> RulePack {
        try RulePack.load(from: RulePackFixtures.folder([
            "pack.yaml": lexiconPack,
            "lexicons/titles.txt": """
                # Titles before a name.
                Councillor || id=councillor
                Cllr       || id=councillor
                Chief Constable | TITLE | id=chief-constable, kind=police
                Constable
                """,
            "lexicons/organisation-words.txt": """
                council | ORG_WORD | kind=council
                police  | ORG_WORD | kind=police
                """,
            "patterns.jsonl": patterns,
        ]))
    }

    @Test func manifestComesFromPackYAML() throws {
        let manifest = try loadLexiconPack().manifest
        #expect(manifest == PluginManifest(
            id: "words.v1", name: "Words", summary: "", kind: .extractor, needs: ["tokens"],
            produces: ["TITLE", "ORG_WORD", "Organisation"], origin: "rule-pack"))
    }

    @Test func lexiconPhrasesMatchWithTheirKeys() throws {
        let found = try RulePackFixtures.found(by: loadLexiconPack(), in: "The Chief  Constable met Cllr Ode of the County COUNCIL.")
        #expect(found == ["TITLE:Chief  Constable=chief-constable", "TITLE:Cllr=councillor", "ORG_WORD:COUNCIL"])
    }

    @Test func exactPhrasesRespectCase() throws {
        #expect(try RulePackFixtures.found(by: loadLexiconPack(), in: "the councillor spoke") == [])
    }

    @Test func phrasesMustEndOnATokenBoundary() throws {
        #expect(try RulePackFixtures.found(by: loadLexiconPack(), in: "Councillors and Constables") == [])
    }

    @Test func phrasesMatchHoweverTheTokensSplit() throws {
        let pack = try RulePackFixtures.pack(produces: ["ROLE"], patterns: #"{"label": "ROLE", "pattern": "Vice-Chair"}"#)
        let (document, _) = RulePackFixtures.annotated("the Vice-Chair")
        let split = [
            Token(kind: .word, range: TextRange(start: 0, end: 3), text: "the"),
            Token(kind: .word, range: TextRange(start: 4, end: 8), text: "Vice"),
            Token(kind: .punctuation, range: TextRange(start: 8, end: 9), text: "-"),
            Token(kind: .word, range: TextRange(start: 9, end: 14), text: "Chair"),
        ]
        let result = try RulePackExtractor(pack: pack).extract(
            from: document, annotations: Annotations(tokens: split), context: ExtractionContext())
        #expect(result.mentions.map(\.text) == ["Vice-Chair"])
    }

    @Test func labelMapTurnsSpacyLabelsIntoOurs() throws {
        let pack = try loadLexiconPack(#"{"label": "ORG", "pattern": [{"IS_TITLE": true}, {"LOWER": "council"}]}"#)
        #expect(try RulePackFixtures.found(by: pack, in: "Kent Council") == ["Organisation:Kent Council"])
    }

    @Test func mentionsCarryPropertiesEvidenceAndIDs() throws {
        let pack = try loadLexiconPack()
        let text = "Ask the police. The Chief Constable agreed."
        let (document, tokenized) = RulePackFixtures.annotated(text)
        let annotations = Annotations(
            sentences: [Sentence(range: TextRange(start: 0, end: 15)), Sentence(range: TextRange(start: 16, end: 43))],
            tokens: tokenized.tokens)
        let result = try RulePackExtractor(pack: pack).extract(from: document, annotations: annotations, context: ExtractionContext())
        #expect(result.mentions == [
            Mention(id: "words.v1#1", label: "ORG_WORD", range: TextRange(start: 8, end: 14), text: "police",
                    properties: ["kind": "police"], evidence: TextRange(start: 0, end: 15), extractor: "words.v1"),
            Mention(id: "words.v1#2", label: "TITLE", range: TextRange(start: 20, end: 35), text: "Chief Constable",
                    properties: ["kind": "police"], key: "chief-constable", evidence: TextRange(start: 16, end: 43),
                    extractor: "words.v1"),
        ])
    }

    @Test func matchesStayInsideOneSentence() throws {
        let pack = try loadLexiconPack()
        let text = "Ask the Chief. Constable Ode came."
        let (document, tokenized) = RulePackFixtures.annotated(text)
        let annotations = Annotations(
            sentences: [Sentence(range: TextRange(start: 0, end: 14)), Sentence(range: TextRange(start: 15, end: 34))],
            tokens: tokenized.tokens.filter { $0.text != "." })
        let result = try RulePackExtractor(pack: pack).extract(from: document, annotations: annotations, context: ExtractionContext())
        #expect(result.mentions.map(\.text) == ["Constable"])
    }

    @Test func longestMatchWinsThenEarliestThenFirstWritten() throws {
        let pack = try RulePackFixtures.pack(produces: ["A", "B"], patterns: """
            {"label": "A", "pattern": "Police"}
            {"label": "B", "pattern": "Police and Crime Commissioner"}
            {"label": "A", "pattern": "Crime Commissioner for"}
            {"label": "B", "pattern": "new"}
            {"label": "A", "pattern": "new"}
            """)
        #expect(try RulePackFixtures.found(by: pack, in: "the new Police and Crime Commissioner for Kent")
            == ["B:new", "B:Police and Crime Commissioner"])
    }

    @Test func perLabelOverlapsKeepOtherLabels() throws {
        let pack = try RulePackFixtures.pack(produces: ["DELIVERY", "DECISION"], patterns: """
            {"label": "DELIVERY", "pattern": "appointed"}
            {"label": "DECISION", "pattern": "appointed"}
            {"label": "DECISION", "pattern": "was appointed"}
            """, extra: "overlaps: per-label")
        #expect(try RulePackFixtures.found(by: pack, in: "She was appointed")
            == ["DECISION:was appointed", "DELIVERY:appointed"])
    }

    @Test func sectionsLimitWhereAPatternMatches() throws {
        let pack = try RulePackFixtures.pack(produces: ["Person"], patterns: """
            {"label": "Person", "pattern": [{"LOWER": "cllr"}, {"IS_TITLE": true}], "section": "present", "properties": {"attendance": "present"}}
            """, extra: "sections:\n  - name: present\n    starts: [\"Present:\"]\n  - name: apologies\n    starts: [Apologies]")
        let text = """
            1. PRESENT: Cllr Ode, Cllr Lee
            and Cllr Shah.
            Apologies: Cllr Ray

            Cllr Ng spoke.
            """
        let (document, annotations) = RulePackFixtures.annotated(text)
        let result = try RulePackExtractor(pack: pack).extract(from: document, annotations: annotations, context: ExtractionContext())
        #expect(result.mentions.map(\.text) == ["Cllr Ode", "Cllr Lee", "Cllr Shah"])
        #expect(result.mentions.allSatisfy { $0.properties == ["attendance": "present"] })
    }

    @Test func trimCutsListedPhrasesFromTheEndsIntoProperties() throws {
        let pack = try RulePackFixtures.pack(produces: ["Person"], patterns: """
            {"label": "Person", "pattern": [{"IS_TITLE": true, "OP": "+"}, {"IS_UPPER": true, "OP": "?"}], "trim": ["titles"], "properties": {"source": "test"}}
            """)
        var lists = WordLists()
        lists.add(["Chief Constable", "Cllr", "MBE", "Dr"], to: "titles")
        let (document, annotations) = RulePackFixtures.annotated("Cllr Dr Ann Vale MBE spoke to Chief Constable Lee and Dr.")
        let result = try RulePackExtractor(pack: pack).extract(
            from: document, annotations: annotations, context: ExtractionContext(wordLists: lists))
        #expect(result.mentions.map(\.text) == ["Ann Vale", "Lee", "Dr"])
        #expect(result.mentions.map(\.properties) == [
            ["source": "test", "titles": ["Cllr", "Dr", "MBE"]], ["source": "test", "titles": ["Chief Constable"]],
            ["source": "test"],
        ])
    }

    @Test func lexiconsFillWordLists() throws {
        var lists = WordLists()
        try loadLexiconPack().addWordLists(to: &lists)
        #expect(lists.names == [
            "organisation-words", "organisation-words:kind=council", "organisation-words:kind=police",
            "titles", "titles:id=chief-constable", "titles:id=councillor", "titles:kind=police",
        ])
        #expect(lists["titles"] == ["councillor", "cllr", "chief constable", "constable"])
        #expect(lists.contains("Police", in: "organisation-words:kind=police"))
    }

    @Test func aDocumentWithoutTokensIsReported() throws {
        let document = Document(id: "d", name: "d.txt", source: "/d.txt", format: "text", text: "Some text")
        let result = try RulePackExtractor(pack: loadLexiconPack()).extract(
            from: document, annotations: Annotations(), context: ExtractionContext())
        #expect(result.warnings == ["rule pack words.v1: the document has no tokens, so no rule could match"])
    }
}
