import Testing
@testable import FollowUpLinker

/// The boilerplate index counts the distinct documents of a key up to its limit and remembers
/// which documents they are while there are fewer.
@Suite struct BoilerplateIndexTests {
    @Test func countsDistinctDocumentsUpToTheLimit() {
        var index = BoilerplateIndex(limit: 3)
        let key = BoilerplateIndex.hash("newsletter next publish")
        index.insert(key, document: 4)
        index.insert(key, document: 4)
        #expect(index.documentCount(of: key) == 1)
        index.insert(key, document: 9)
        #expect(index.documentCount(of: key) == 2)
        #expect(index.contains(key, document: 9))
        #expect(!index.contains(key, document: 5))
        index.insert(key, document: 5)
        index.insert(key, document: 6)
        #expect(index.documentCount(of: key) == 3)
    }

    @Test func theEmptyKeyIsNeverCounted() {
        var index = BoilerplateIndex(limit: 3)
        #expect(BoilerplateIndex.hash("") == 0)
        index.insert(BoilerplateIndex.hash(""), document: 1)
        #expect(index.documentCount(of: 0) == 0)
        #expect(BoilerplateIndex.hash("budget") != BoilerplateIndex.hash("budgets"))
        #expect(index.documentCount(of: BoilerplateIndex.hash("budget")) == 0)
    }
}
