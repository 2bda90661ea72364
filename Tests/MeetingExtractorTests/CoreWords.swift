import BuiltinRulePacks
import DocGraphKit
import DocGraphPipeline

/// The extraction context the pipeline gives a built-in extractor: the core pack's word lists.
let coreContext: ExtractionContext = {
    var lists = WordLists()
    (try? RulePack.load(from: BuiltinRulePacks.core))?.addWordLists(to: &lists)
    return ExtractionContext(wordLists: lists)
}()
