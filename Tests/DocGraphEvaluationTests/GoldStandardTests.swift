import DocGraphEvaluation
import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct GoldStandardTests {
    /// A small valid annotation file, changed by the test.
    private func gold(_ change: (inout [String: Any]) -> Void = { _ in }) throws -> Data {
        var object: [String: Any] = [
            "documents": [["file": "a.txt", "date": "2017-03"], ["file": "b.txt"]],
            "people": [
                ["name": "Ann Example", "aliases": ["Ann"], "roles": [], "docs": ["a.txt"]],
                ["name": "Bo Example", "aliases": [], "docs": ["b.txt"]],
            ],
            "organisations": [["name": "Example Trust", "aliases": [], "kind": "charity", "docs": ["a.txt", "b.txt"]]],
            "meetings": [["doc": "a.txt", "date": "2017-03-07", "title": "Board meeting", "participants": ["Ann Example"]]],
            "decisions": [["doc": "a.txt", "keywords": ["grant", "awarded"]]],
            "commitments": [["id": "c1", "doc": "a.txt", "keywords": ["new office"], "due": "2017-12"]],
            "follow_ups": [["commitment": "c1", "doc": "b.txt", "relation": "fulfilled", "keywords": ["opened"]]],
        ]
        change(&object)
        return try JSONSerialization.data(withJSONObject: object)
    }

    private func message(_ data: Data) -> String? {
        do {
            _ = try GoldStandard.decode(data, path: "gold.json")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func decodesAValidFile() throws {
        let decoded = try GoldStandard.decode(try gold(), path: "gold.json")
        #expect(decoded.documents.map(\.file) == ["a.txt", "b.txt"])
        #expect(decoded.documents[0].date == PartialDate(year: 2017, month: 3))
        #expect(decoded.people[0].variants == ["Ann Example", "Ann"])
        #expect(decoded.people[1].roles.isEmpty)
        #expect(decoded.meetings[0].date == PartialDate(year: 2017, month: 3, day: 7))
        #expect(decoded.commitments[0].due == PartialDate(year: 2017, month: 12))
        #expect(decoded.followUps[0].relation == "fulfilled")
    }

    @Test func decodesTheSharedDevelopmentGold() throws {
        let path = SharedPaths.shared.appendingPathComponent("gold/seeds-dev.json").path
        let gold = try GoldStandard.load(from: path)
        #expect(gold.documents.count == 3)
        #expect(gold.documents.allSatisfy { $0.file.hasSuffix(".txt") })
        #expect(!gold.people.isEmpty && !gold.organisations.isEmpty && !gold.meetings.isEmpty)
        #expect(!gold.decisions.isEmpty && !gold.commitments.isEmpty && !gold.followUps.isEmpty)
        #expect(gold.people.contains { !$0.aliases.isEmpty })
        #expect(gold.meetings.contains { $0.date == nil } && gold.meetings.contains { $0.date?.precision == .day })
    }

    @Test func roundTripsThroughJSON() throws {
        let decoded = try GoldStandard.decode(try gold(), path: "gold.json")
        let again = try GoldStandard.decode(try JSONEncoder().encode(decoded), path: "again.json")
        #expect(again == decoded)
    }

    @Test func aMissingFileSaysSo() {
        #expect(throws: GoldStandardError.unreadable(path: "/no/such/gold.json", reason: "there is no such file")) {
            try GoldStandard.load(from: "/no/such/gold.json")
        }
        #expect(GoldStandardError.unreadable(path: "/no/such/gold.json", reason: "there is no such file").description
            == "cannot read the gold file /no/such/gold.json: there is no such file")
    }

    @Test func aFolderIsNotAGoldFile() throws {
        let folder = try SharedPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try GoldStandard.load(from: folder.path)
            Issue.record("a folder was read as a gold file")
        } catch {
            #expect(error.description
                == "cannot read the gold file \(folder.path): it is a folder; pass an annotation file such as seeds-dev.json")
        }
    }

    @Test func textThatIsNotJSONSaysWhere() {
        #expect(message(Data("{\n  \"documents\": [x]\n}".utf8))
            == "the gold file gold.json is not valid JSON (line 2, column 17: unexpected text); "
            + "fix it or pass another file with --gold")
        #expect(message(Data("{\"documents\": [".utf8))
            == "the gold file gold.json is not valid JSON (it ends too early); fix it or pass another file with --gold")
    }

    @Test func aMissingListIsNamed() throws {
        #expect(message(try gold { $0["follow_ups"] = nil })
            == "the gold file gold.json is wrong at the top level: \"follow_ups\" is missing; "
            + "docs/evaluation.md describes its shape")
    }

    @Test func aMissingKeyIsNamedWithItsEntry() throws {
        let data = try gold { object in
            object["people"] = [["name": "Ann Example", "aliases": []], ["name": "Bo", "aliases": [], "docs": []]]
        }
        #expect(message(data)
            == "the gold file gold.json is wrong at people[0]: \"docs\" is missing; docs/evaluation.md describes its shape")
    }

    @Test func aValueOfTheWrongTypeIsNamed() throws {
        let data = try gold { $0["organisations"] = [["name": "Example Trust", "aliases": [], "docs": "a.txt"]] }
        #expect(message(data)
            == "the gold file gold.json is wrong at organisations[0].docs: it should be a list, not a string; "
            + "docs/evaluation.md describes its shape")
    }

    @Test func aNullNameIsNamed() throws {
        let data = try gold { $0["people"] = [["name": NSNull(), "aliases": [], "docs": []]] }
        #expect(message(data)
            == "the gold file gold.json is wrong at people[0].name: it is null but should be a string; "
            + "docs/evaluation.md describes its shape")
    }

    @Test func aDateThatIsNotISOIsNamed() throws {
        let data = try gold { $0["meetings"] = [["doc": "a.txt", "date": "7 March", "title": "Board", "participants": []]] }
        #expect(message(data)
            == "the gold file gold.json is wrong at meetings[0].date: '7 March' is not an ISO 8601 date; "
            + "docs/evaluation.md describes its shape")
    }

    @Test func aDocumentNotListedIsNamed() throws {
        let data = try gold { $0["decisions"] = [["doc": "c.txt", "keywords": ["grant"]]] }
        #expect(message(data)
            == "the gold file gold.json is wrong at decisions[0].doc: \"c.txt\" is not one of the files in \"documents\"; "
            + "docs/evaluation.md describes its shape")
    }

    @Test func anEntityInAnUnlistedDocumentIsNamed() throws {
        let data = try gold { $0["people"] = [["name": "Ann Example", "aliases": [], "docs": ["a.txt", "z.txt"]]] }
        #expect(message(data)
            == "the gold file gold.json is wrong at people[0].docs[1]: \"z.txt\" is not one of the files in \"documents\"; "
            + "docs/evaluation.md describes its shape")
    }

    @Test func anUnknownCommitmentIsNamed() throws {
        let data = try gold { $0["follow_ups"] = [["commitment": "c9", "doc": "b.txt", "keywords": ["opened"]]] }
        #expect(message(data)
            == "the gold file gold.json is wrong at follow_ups[0].commitment: no commitment has the id \"c9\"; "
            + "docs/evaluation.md describes its shape")
    }

    @Test func aRepeatedCommitmentIdIsNamed() throws {
        let data = try gold { object in
            object["commitments"] = [
                ["id": "c1", "doc": "a.txt", "keywords": ["office"]], ["id": "c1", "doc": "b.txt", "keywords": ["car"]],
            ]
        }
        #expect(message(data)
            == "the gold file gold.json is wrong at commitments[1].id: \"c1\" is used by an earlier commitment; "
            + "docs/evaluation.md describes its shape")
    }

    @Test func emptyKeywordsAreNamed() throws {
        let data = try gold { $0["decisions"] = [["doc": "a.txt", "keywords": [" "]]] }
        #expect(message(data)
            == "the gold file gold.json is wrong at decisions[0].keywords: there are no keywords; "
            + "give at least one word or phrase a match must hold; docs/evaluation.md describes its shape")
    }

    @Test func emptyDocumentsAreNamed() throws {
        let data = try gold { $0["documents"] = [] }
        #expect(message(data)
            == "the gold file gold.json is wrong at documents: the list is empty; list the files the annotations cover; "
            + "docs/evaluation.md describes its shape")
    }

    @Test func aDocumentListedTwiceIsNamed() throws {
        let data = try gold { $0["documents"] = [["file": "a.txt"], ["file": "b.txt"], ["file": "a.txt"]] }
        #expect(message(data)
            == "the gold file gold.json is wrong at documents[2].file: \"a.txt\" is listed twice; "
            + "docs/evaluation.md describes its shape")
    }
}
