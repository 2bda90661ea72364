import DocGraphKit
import DocGraphPipeline
import Foundation
import Testing

/// Every mistake in a rule pack is reported as `file:line: what is wrong`, pinned here whole.
@Suite struct RulePackErrorTests {
    /// The message loading a pack with these files throws, with the folder's path shown as `PACK`.
    private func error(_ files: [String: String]) throws -> String {
        let folder = try RulePackFixtures.folder(files)
        do {
            _ = try RulePack.load(from: folder)
            return "no error"
        } catch {
            return error.description.replacingOccurrences(of: folder.path, with: "PACK")
        }
    }

    private func patternError(_ line: String, extra: String = "") throws -> String {
        try error([
            "pack.yaml": "id: test.v1\nproduces: [X, TITLE]\npatterns: [p.jsonl]\n\(extra)",
            "p.jsonl": "# a comment\n\n\(line)\n",
        ])
    }

    private func lexiconError(_ line: String) throws -> String {
        try error([
            "pack.yaml": "id: test.v1\nproduces: [TITLE, ROLE]\nlexicons: [words.txt]\n",
            "words.txt": "Cllr | TITLE | id=councillor\n\(line)\n",
        ])
    }

    @Test func aFolderWithoutManifest() throws {
        #expect(try error(["notes.txt": ""]) == "PACK: is not a rule pack: it has no pack.yaml")
    }

    @Test func manifestMistakes() throws {
        #expect(try error(["pack.yaml": "id: test.v1\nproduces: [X\n"])
            == "PACK/pack.yaml:3: is not valid YAML: did not find expected ',' or ']' while parsing a flow sequence")
        #expect(try error(["pack.yaml": "id: test.v1\nproduces: [X]\npatern: [p.jsonl]\n"])
            == "PACK/pack.yaml:3: unknown key 'patern' in pack.yaml; expected one of id, name, summary, needs, "
            + "produces, confidence, overlaps, phrase_matcher_attr, labels, lexicons, patterns, sections")
        #expect(try error(["pack.yaml": "id: minutes\nproduces: [X]\n"])
            == "PACK/pack.yaml:1: id 'minutes' must end in a version, such as minutes.v1")
        #expect(try error(["pack.yaml": "id: test.v1\n"]) == "PACK/pack.yaml:1: pack.yaml has no 'produces'")
        #expect(try error(["pack.yaml": "id: test.v1\nproduces: [X]\noverlaps: some\n"])
            == "PACK/pack.yaml:3: overlaps must be 'all' or 'per-label', not 'some'")
        #expect(try error(["pack.yaml": "id: test.v1\nproduces: [X]\nconfidence: 2\n"])
            == "PACK/pack.yaml:3: confidence must be between 0 and 1")
        #expect(try error(["pack.yaml": "id: test.v1\nproduces: [X]\nphrase_matcher_attr: NORM\n"])
            == "PACK/pack.yaml:3: 'NORM' is not a matching attribute; use ORTH (exact) or LOWER (any case)")
    }

    @Test func missingFilesPointAtTheManifestLine() throws {
        #expect(try error(["pack.yaml": "id: test.v1\nproduces: [X]\nlexicons:\n  - words.txt\n"])
            == "PACK/pack.yaml:4: file 'PACK/words.txt' does not exist or cannot be read")
        #expect(try error(["pack.yaml": "id: test.v1\nproduces: [X]\npatterns:\n  - rules.jsonl\n"])
            == "PACK/pack.yaml:4: file 'PACK/rules.jsonl' does not exist or cannot be read")
    }

    @Test func lexiconLineMistakes() throws {
        #expect(try lexiconError("Mayor | TITLE | id=mayor | extra")
            == "PACK/words.txt:2: expected 'phrase | LABEL | key=value, ...' but found 4 fields separated by '|'")
        #expect(try lexiconError(" | TITLE") == "PACK/words.txt:2: the phrase is empty")
        #expect(try lexiconError("Mayor")
            == "PACK/words.txt:2: 'Mayor' has no label; write 'phrase | LABEL' or give the lexicon a label in pack.yaml")
        #expect(try lexiconError("Mayor | TITEL")
            == "PACK/words.txt:2: label 'TITEL' is not in the pack's produces (TITLE, ROLE); "
            + "add it to produces in pack.yaml or fix the label")
        #expect(try lexiconError("Mayor | TITLE | kind") == "PACK/words.txt:2: property 'kind' is not written key=value")
        #expect(try lexiconError("Mayor | TITLE | kind=") == "PACK/words.txt:2: property 'kind' has no value; write kind=value")
        #expect(try lexiconError("Mayor | TITLE | a=1, a=2") == "PACK/words.txt:2: property 'a' is given twice")
        #expect(try lexiconError("Cllr  | TITLE") == "PACK/words.txt:2: 'Cllr' (TITLE) is already listed at line 1")
    }

    @Test func patternLineMistakes() throws {
        #expect(try patternError(#"{"label": "X", "pattern": "Acme""#)
            == #"PACK/p.jsonl:3: not a JSON object; each line must be one object such as {"label": "ORG", "pattern": "Acme Trust"}"#)
        #expect(try patternError(#"{"pattern": "Acme"}"#) == #"PACK/p.jsonl:3: the pattern has no "label" (a text such as "ORG")"#)
        #expect(try patternError(#"{"label": "X"}"#)
            == #"PACK/p.jsonl:3: the pattern has no "pattern" (a phrase, or a list of token objects)"#)
        #expect(try patternError(#"{"label": "X", "pattern": 4}"#)
            == #"PACK/p.jsonl:3: "pattern" must be a text (a phrase) or a list of token objects"#)
        #expect(try patternError(#"{"label": "X", "patern": "Acme"}"#)
            == #"PACK/p.jsonl:3: unknown key "patern"; a pattern line has label, pattern, id, properties, section, trim"#)
        #expect(try patternError(#"{"label": "X", "pattern": "Acme", "trim": "titles"}"#)
            == #"PACK/p.jsonl:3: "trim" must be a list of word list names, such as ["titles"]"#)
        #expect(try patternError(#"{"label": "ORG", "pattern": "Acme"}"#)
            == "PACK/p.jsonl:3: label 'ORG' is not in the pack's produces (X, TITLE); add it to produces in pack.yaml or fix the label")
        #expect(try patternError(#"{"label": "X", "pattern": "Acme", "section": "present"}"#)
            == "PACK/p.jsonl:3: section 'present' is not declared under sections in pack.yaml")
        #expect(try patternError(#"{"label": "X", "pattern": []}"#) == "PACK/p.jsonl:3: the pattern has no tokens")
    }

    @Test func tokenMistakes() throws {
        #expect(try patternError(#"{"label": "X", "pattern": [{"LOWER": "a"}, {"LEMMA": "be"}]}"#)
            == "PACK/p.jsonl:3: token 2: unknown attribute 'LEMMA'; use one of ORTH, TEXT, LOWER, LENGTH, IS_ALPHA, "
            + "IS_DIGIT, IS_LOWER, IS_UPPER, IS_TITLE, IS_PUNCT, OP")
        #expect(try patternError(#"{"label": "X", "pattern": [{"LOWER": "a", "OP": "++"}]}"#)
            == "PACK/p.jsonl:3: token 1: unknown OP '++'; use ?, *, +, ! or a count such as {2}, {1,3}, {2,} or {,3}")
        #expect(try patternError(#"{"label": "X", "pattern": [{"LOWER": "a", "OP": "{3,1}"}]}"#)
            == "PACK/p.jsonl:3: token 1: unknown OP '{3,1}'; use ?, *, +, ! or a count such as {2}, {1,3}, {2,} or {,3}")
        #expect(try patternError(#"{"label": "X", "pattern": [{"TEXT": {"REGEX": "[A-"}}]}"#)
            == "PACK/p.jsonl:3: token 1: TEXT: REGEX '[A-' is not a valid regular expression")
        #expect(try patternError(#"{"label": "X", "pattern": [{"LENGTH": {"REGEX": "1"}}]}"#)
            == "PACK/p.jsonl:3: token 1: LENGTH: REGEX applies only to ORTH, TEXT and LOWER")
        #expect(try patternError(#"{"label": "X", "pattern": [{"LOWER": "Council"}]}"#)
            == "PACK/p.jsonl:3: token 1: LOWER compares with lower-case text, so 'Council' never matches; write 'council'")
        #expect(try patternError(#"{"label": "X", "pattern": [{"IS_TITLE": "yes"}]}"#)
            == "PACK/p.jsonl:3: token 1: IS_TITLE takes true or false")
        #expect(try patternError(#"{"label": "X", "pattern": [{"LENGTH": "3"}]}"#)
            == "PACK/p.jsonl:3: token 1: LENGTH takes a whole number")
        #expect(try patternError(#"{"label": "X", "pattern": [{"LOWER": {"FUZZY": "a"}}]}"#)
            == "PACK/p.jsonl:3: token 1: LOWER: unknown test 'FUZZY'; use REGEX, IN, NOT_IN, ==, !=")
        #expect(try patternError(#"{"label": "X", "pattern": [{"LOWER": {"IN": "a"}}]}"#)
            == "PACK/p.jsonl:3: token 1: LOWER: IN takes a list")
        #expect(try patternError(#"{"label": "X", "pattern": ["a"]}"#) == "PACK/p.jsonl:3: token 1 is not an object")
        #expect(try patternError(#"{"label": "X", "pattern": [{"LOWER": "a", "OP": "?"}]}"#)
            == "PACK/p.jsonl:3: the pattern can match no token at all; make at least one token required")
    }
}
