import Testing
@testable import FollowUpLinker

/// A vocabulary gives each string one id, in the order first seen, and its string back.
@Suite struct VocabularyTests {
    @Test func internGivesOneIdAStringInOrderFirstSeen() {
        var vocabulary = Vocabulary()
        #expect(vocabulary.intern("budget") == 0)
        #expect(vocabulary.intern("fire+governance") == 1)
        #expect(vocabulary.intern("budget") == 0)
        #expect(vocabulary.count == 2)
        #expect(vocabulary[1] == "fire+governance")
        #expect(vocabulary.id(of: "budget") == 0)
        #expect(vocabulary.id(of: "police") == nil)
    }
}
