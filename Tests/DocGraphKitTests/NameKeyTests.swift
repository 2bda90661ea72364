import DocGraphKit
import Testing

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("The Warwickshire Wildlife-Trust", "warwickshire wildlife trust"),
        ("Parkinson's UK", "parkinsons uk"),
        ("Parkinson’s UK", "parkinsons uk"),
        ("Nuneaton & Bedworth  Borough Council", "nuneaton and bedworth borough council"),
        ("The", "the"),
    ])
    func normalises(name: String, expected: String) {
        #expect(NameKey.normalise(name) == expected)
    }

    @Test func keyCarriesTheLabel() {
        #expect(NameKey.key(label: "Person", name: "Philip  Seccombe") == "Person|philip seccombe")
    }
}
