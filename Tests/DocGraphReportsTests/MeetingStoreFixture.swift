import DocGraphKit
import DocGraphStore
import DocGraphTestSupport

/// A store holding one newsletter's meetings, written for the report's tests.
enum MeetingStoreFixture {
    static let text = """
        May 14: Speaking at the National Farmers Union meeting.
        I joined Tom Hale at the Spring Show in Easton.
        I have a weekly meeting with the Chief Constable.
        """

    static func store() throws -> GraphStore {
        let document = DocumentFixtures.document(text, name: "may.txt", date: PartialDate(iso: "2018-05"))
        let offsets = UnicodeScalarOffsets(text)
        func evidence(_ words: String) -> Evidence {
            let range = DocumentFixtures.range(of: words, in: text) ?? TextRange(start: 0, end: 0)
            return Evidence(document: document.id, range: range, in: text, offsets: offsets, extractor: "test.v1")
        }
        func node(_ label: String, _ name: String, _ properties: Properties = [:]) -> GraphNode {
            let key = NameKey.key(label: label, name: name)
            var all = properties
            all[label == "Meeting" ? "title" : "name"] = .string(name)
            return GraphNode(localID: key, labels: [label], properties: all, key: key, mentions: [evidence(name)])
        }
        func relationship(_ type: String, _ from: GraphNode, _ to: GraphNode, _ quote: String, role: String? = nil) -> GraphRelationship {
            GraphRelationship(type: type, from: .local(from.localID), to: .local(to.localID),
                              properties: role.map { ["role": .string($0)] } ?? [:], evidence: evidence(quote))
        }
        let jane = node("Person", "I")
        let tom = node("Person", "Tom Hale")
        let union = node("Organisation", "National Farmers Union", ["aliases": ["NFU"]])
        let easton = node("Place", "Easton")
        let farmers = node("Meeting", "Speaking at the National Farmers Union meeting", [
            "date": "2018-05-14", "status": "planned", "kind": "meeting"])
        let show = node("Meeting", "Spring Show", ["date": "2018-04-02", "status": "held", "kind": "event"])
        let weekly = node("Meeting", "weekly meeting", ["status": "planned", "kind": "recurring"])
        var rowe = jane
        rowe.properties["name"] = "Jane Rowe"
        rowe.key = NameKey.key(label: "Person", name: "Jane Rowe")
        let first = "May 14: Speaking at the National Farmers Union meeting."
        let second = "I joined Tom Hale at the Spring Show in Easton."
        let third = "I have a weekly meeting with the Chief Constable."
        let graph = DocumentGraph(
            document: document, nodes: [rowe, tom, union, easton, farmers, show, weekly],
            relationships: [
                relationship("ATTENDED", rowe, farmers, first, role: "speaker"),
                relationship("ATTENDED", union, farmers, first, role: "attendee"),
                relationship("ATTENDED", rowe, show, second, role: "attendee"),
                relationship("ATTENDED", tom, show, second, role: "attendee"),
                relationship("HELD_AT", show, easton, second),
                relationship("ATTENDED", rowe, weekly, third, role: "attendee"),
            ])
        let store = try GraphStore.inMemory()
        _ = try store.write(graph, path: "/fixtures/may.txt")
        return store
    }
}
