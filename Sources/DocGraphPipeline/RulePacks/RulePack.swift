import DocGraphKit
import Foundation

/// A rule pack: a folder with a `pack.yaml` manifest, lexicons and spaCy EntityRuler pattern
/// files, loaded and checked.
///
/// A pack becomes an extractor (``RulePackExtractor``) and fills word lists other plugins read
/// (``addWordLists(to:)``). Loading reports every mistake as `file:line: what is wrong`; see
/// docs/plugins.md for the format of each file.
public struct RulePack: Sendable {
    /// The manifest the pack's extractor runs under: origin `rule-pack`, needs at least `tokens`.
    public let manifest: PluginManifest
    /// The folder the pack was loaded from.
    public let folder: URL
    public let lexicons: [Lexicon]
    /// Every rule: lexicon entries first (lexicons in pack.yaml order), then pattern lines.
    public let patterns: [EntityPattern]
    public let sections: [RulePackSection]
    public let overlaps: OverlapRule
    /// The confidence of the mentions the pack makes, 0 to 1.
    public let confidence: Double

    init(
        manifest: PluginManifest, folder: URL, lexicons: [Lexicon], patterns: [EntityPattern],
        sections: [RulePackSection], overlaps: OverlapRule, confidence: Double
    ) {
        self.manifest = manifest
        self.folder = folder
        self.lexicons = lexicons
        self.patterns = patterns
        self.sections = sections
        self.overlaps = overlaps
        self.confidence = confidence
    }

    /// Adds the pack's lexicons to the shared word lists, so Swift extractors can look words up.
    ///
    /// Each lexicon fills the list named after it (`titles`) with its phrases, and for every
    /// property a list named `<lexicon>:<key>=<value>` (`organisation-words:kind=police`,
    /// `titles:id=councillor`) with the phrases that carry it. Lists of the same name from
    /// several packs merge.
    public func addWordLists(to lists: inout WordLists) {
        for lexicon in lexicons {
            lists.add(lexicon.entries.map(\.phrase), to: lexicon.name)
            for entry in lexicon.entries {
                if let key = entry.key { lists.add([entry.phrase], to: "\(lexicon.name):id=\(key)") }
                for (key, value) in entry.properties {
                    lists.add([entry.phrase], to: "\(lexicon.name):\(key)=\(value)")
                }
            }
        }
    }
}
