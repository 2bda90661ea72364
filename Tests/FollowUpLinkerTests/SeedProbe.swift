import DocGraphKit
import DocGraphStore
import DocGraphTestSupport
import Foundation
import Testing

@Test func probeSeedLinks() throws {
    let texts = try SharedPaths.seedFiles().map { url -> LinkedStore.Text in
        let text = try String(contentsOf: url, encoding: .utf8)
        let date = DocumentDating.date(inLeadingText: DocumentDating.leadingText(of: text))
        return LinkedStore.Text(name: url.lastPathComponent, date: date?.iso, text: text)
    }
    let linked = try LinkedStore(texts)
    let commitments = Dictionary(uniqueKeysWithValues: try linked.store.nodes(labeled: "Commitment").map { ($0.id, $0.displayName) })
    let updates = Dictionary(uniqueKeysWithValues: try linked.store.nodes(labeled: "Update").map { ($0.id, $0) })
    for r in try linked.store.relationships(ofType: "FOLLOWS_UP") {
        let u = updates[r.from]
        print("---- \(r.properties["relation"]!) score=\(r.properties["score"]!) [\(u?.properties["date"]?.stringValue ?? "")]")
        print("  C: \(commitments[r.to] ?? "?")")
        print("  U: \(u?.displayName ?? "?")")
        print("  M: \(r.properties["matched"]!)")
    }
    print(try linked.statuses())
}
