import DocGraphKit
@testable import DocGraphPipeline
import Testing

@Suite struct EntityTableTests {
    static func person(_ id: Int64, _ name: String, aliases: [String] = []) -> StoredEntity {
        var properties: Properties = ["name": .string(name)]
        if !aliases.isEmpty { properties["aliases"] = .list(aliases.map(PropertyValue.string)) }
        return StoredEntity(StoredNode(id: id, labels: ["Person"], properties: properties,
                                       key: NameKey.key(label: "Person", name: name)))
    }

    static func keys(_ entities: [StoredEntity]) -> [String] { entities.map(\.name) }

    @Test func findsEntitiesByNameAliasAndSurnameOneLetterApart() {
        var table = EntityTable(isPerson: true)
        table.insert(Self.person(1, "Jane Secombe"))
        table.insert(Self.person(2, "Jane Seccombe"))
        table.insert(Self.person(3, "Mark Tromans", aliases: ["Mark T. Tromans"]))
        #expect(Self.keys(table.candidates(for: Self.person(9, "Jane Secombe"))) == ["Jane Seccombe", "Jane Secombe"])
        #expect(Self.keys(table.candidates(for: Self.person(9, "Mark T. Tromans"))) == ["Mark Tromans"])
        #expect(table.candidates(for: Self.person(9, "Alan Turing")).isEmpty)
    }

    @Test func removingTheFirstEntityOfASharedTermKeepsTheOthers() {
        var table = EntityTable(isPerson: true)
        table.insert(Self.person(1, "Jane Smith"))
        table.insert(Self.person(2, "Jane Smyth"))
        table.insert(Self.person(3, "Jane Smith", aliases: ["J. Smith"]).renamed(key: "Person|jane smith|2"))
        table.remove(key: NameKey.key(label: "Person", name: "Jane Smith"))
        #expect(Self.keys(table.candidates(for: Self.person(9, "Jane Smith"))) == ["Jane Smith", "Jane Smyth"])
        #expect(table.entity(forKey: NameKey.key(label: "Person", name: "Jane Smith")) == nil)
        table.remove(key: "Person|jane smith|2")
        table.remove(key: "Person|jane smith|2")
        #expect(Self.keys(table.candidates(for: Self.person(9, "Jane Smith"))) == ["Jane Smyth"])
    }

    @Test func insertingAKeyAgainReplacesWhatItWasFiledUnder() {
        var table = EntityTable(isPerson: true)
        let key = NameKey.key(label: "Person", name: "Jane Smith")
        table.insert(Self.person(1, "Jane Smith"))
        table.insert(Self.person(1, "Jane Smith", aliases: ["Janet Brown"]))
        #expect(Self.keys(table.candidates(for: Self.person(9, "Janet Brown"))) == ["Jane Smith"])
        table.insert(StoredEntity(StoredNode(id: 1, labels: ["Person"], properties: ["name": "Mary Jones"], key: key)))
        #expect(table.candidates(for: Self.person(9, "Janet Brown")).isEmpty)
        #expect(table.candidates(for: Self.person(9, "Jane Smith")).isEmpty)
        #expect(table.entity(forKey: key)?.name == "Mary Jones")
    }
}

private extension StoredEntity {
    func renamed(key: String) -> StoredEntity {
        var copy = self
        copy.key = key
        return copy
    }
}
