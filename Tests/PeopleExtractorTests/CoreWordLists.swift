import BuiltinRulePacks
import DocGraphKit
import DocGraphPipeline

/// The word lists of the core rule pack, as a run's extraction context carries them.
enum CoreWordLists {
    static let context: ExtractionContext = {
        var lists = WordLists()
        (try? RulePack.load(from: BuiltinRulePacks.core))?.addWordLists(to: &lists)
        return ExtractionContext(wordLists: lists)
    }()
}
