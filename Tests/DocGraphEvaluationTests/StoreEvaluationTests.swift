import DocGraphEvaluation
import DocGraphKit
import DocGraphStore
import Foundation
import Testing

/// Scores a real store, so the mapping from what the store writer records (mentions, MENTIONED_IN
/// rows, evidence on relationships) to what scoring reads is checked end to end.
@Suite struct StoreEvaluationTests {
    private static let first = "Councillor Ann Example met the Example Trust on 7 March. I will open a new office."
    private static let second = "Ann Example opened the new office in June."

    private let gold = GoldStandard(
        documents: [GoldDocument(file: "a.txt"), GoldDocument(file: "b.txt")],
        people: [GoldPerson(name: "Ann Example", docs: ["a.txt", "b.txt"])],
        organisations: [GoldOrganisation(name: "Example Trust", docs: ["a.txt"])],
        meetings: [GoldMeeting(
            doc: "a.txt", date: PartialDate(iso: "2017-03-07"), title: "Meeting with the Example Trust",
            participants: ["Ann Example"])],
        commitments: [GoldCommitment(id: "c1", doc: "a.txt", keywords: ["new office"])],
        followUps: [GoldFollowUp(commitment: "c1", doc: "b.txt", keywords: ["opened", "new office"])])

    private func document(_ text: String, name: String) -> Document {
        Document(
            id: SHA256.hexDigest(of: Data(text.utf8)), name: name, source: "/corpus/\(name)", format: "text",
            date: PartialDate(iso: "2017-03"), kind: .newsletter, text: text)
    }

    private func evidence(_ words: String, in document: Document) throws -> Evidence {
        let found = try #require(document.text.range(of: words))
        let start = document.text.utf8.distance(from: document.text.startIndex, to: found.lowerBound)
        return Evidence(
            document: document.id, range: TextRange(start: start, end: start + words.utf8.count), in: document.text,
            offsets: UnicodeScalarOffsets(document.text), extractor: "test.v1")
    }

    private func person(in document: Document, _ words: String) throws -> GraphNode {
        GraphNode(
            localID: "ann", labels: [GraphVocabulary.person], properties: ["name": "Ann Example"],
            key: NameKey.key(label: GraphVocabulary.person, name: "Ann Example"),
            mentions: [try evidence(words, in: document)])
    }

    private func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let a = document(Self.first, name: "a.txt")
        _ = try store.write(DocumentGraph(
            document: a,
            nodes: [
                try person(in: a, "Ann Example"),
                GraphNode(
                    localID: "trust", labels: [GraphVocabulary.organisation], properties: ["name": "Example Trust"],
                    key: NameKey.key(label: GraphVocabulary.organisation, name: "Example Trust"),
                    mentions: [try evidence("Example Trust", in: a)]),
                GraphNode(
                    localID: "meeting", labels: [GraphVocabulary.meeting],
                    properties: ["title": "met the Example Trust", "date": "2017-03-07", "status": "held"],
                    mentions: [try evidence("met the Example Trust on 7 March", in: a)]),
                GraphNode(
                    localID: "pledge", labels: [GraphVocabulary.commitment], properties: ["text": "open an office"],
                    mentions: [try evidence("I will open a new office", in: a)]),
            ],
            relationships: [
                GraphRelationship(
                    type: GraphVocabulary.attended, from: .local("ann"), to: .local("meeting"),
                    properties: ["role": "attendee"], evidence: try evidence("Ann Example met", in: a)),
            ]), path: "/corpus/a.txt")
        let pledge = try #require(try store.nodes(labeled: GraphVocabulary.commitment).first)
        let b = document(Self.second, name: "b.txt")
        _ = try store.write(DocumentGraph(
            document: b,
            nodes: [
                try person(in: b, "Ann Example"),
                GraphNode(
                    localID: "update", labels: [GraphVocabulary.update], properties: ["relation": "fulfilled"],
                    mentions: [try evidence("opened the new office", in: b)]),
            ],
            relationships: [
                GraphRelationship(
                    type: GraphVocabulary.followsUp, from: .local("update"), to: .stored(pledge.id),
                    properties: ["relation": "fulfilled"], evidence: try evidence("opened the new office", in: b)),
            ]), path: "/corpus/b.txt")
        return store
    }

    @Test func scoresWhatTheStoreHolds() throws {
        let report = try Evaluator(gold: gold, goldName: "gold.json").evaluate(try store())
        #expect(report.documents.map(\.stored) == [["/corpus/a.txt"], ["/corpus/b.txt"]])
        for kind in [ScoredKind.people, .organisations, .meetings, .commitments, .followUps] {
            let scored = try #require(report[kind])
            #expect(scored.strict.f1 == 1, "\(kind.rawValue): \(scored.missed) \(scored.spurious)")
        }
        #expect(report[.people]?.gold == 2)
        #expect(report[.people]?.splits == [])
        #expect(report[.decisions]?.strict.f1 == nil)
    }
}
