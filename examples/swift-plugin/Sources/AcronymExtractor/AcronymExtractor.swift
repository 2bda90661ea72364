import DocGraphKit

/// A template Swift extractor: finds acronyms defined in the text, such as
/// "Police and Crime Commissioner (PCC)", and marks each with an `ACRONYM` mention whose
/// `expansion` property holds the words it stands for.
///
/// Copy this folder to start a plugin of your own: the manifest says what the extractor needs
/// and produces, `extract` reads the document and the annotations so far and returns only its
/// additions, and the test beside it runs the shared conformance check.
public struct AcronymExtractor: Extractor {
    public init() {}

    /// What the pipeline orders and checks the plugin by. `tokens` and `sentences` come from the
    /// text analysis the pipeline runs first; `ignoredWords` can be changed in docgraph.yaml.
    public let manifest = PluginManifest(
        id: "acronyms.v1", name: "Acronyms", summary: "Acronyms defined in brackets after the words they stand for.",
        kind: .extractor, needs: ["tokens", "sentences"], produces: ["ACRONYM"],
        options: ["ignoredWords": ["and", "of", "the", "for", "in", "on", "&"]])

    /// The longest acronym looked for, in letters.
    static let longestAcronym = 8

    public func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        let ignored = Set((context.options["ignoredWords"]?.stringList ?? []).map { $0.lowercased() })
        let tokens = annotations.tokens
        var result = Annotations()
        for index in tokens.indices.dropFirst().dropLast() where tokens[index - 1].text == "(" && tokens[index + 1].text == ")" {
            let acronym = tokens[index].text
            guard isAcronym(acronym), let first = expansionStart(before: index - 1, letters: acronym, in: tokens, ignoring: ignored)
            else { continue }
            let expansion = TextRange(start: tokens[first].range.start, end: tokens[index - 2].range.end)
            let range = tokens[index].range
            result.mentions.append(Mention(
                id: "\(manifest.id)#\(result.mentions.count + 1)", label: "ACRONYM", range: range, text: acronym,
                properties: ["expansion": .string(document.text(in: expansion))], key: acronym,
                evidence: annotations.sentence(containing: range)?.range, extractor: manifest.id))
        }
        return result
    }

    /// Two to eight capital letters.
    private func isAcronym(_ text: String) -> Bool {
        (2...Self.longestAcronym).contains(text.count) && text.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// The index of the first word of the expansion that ends just before `bracket`: walking
    /// back, the initials of the words not ignored must spell the acronym.
    private func expansionStart(before bracket: Int, letters: String, in tokens: [Token], ignoring ignored: Set<String>) -> Int? {
        var remaining = Array(letters.lowercased())
        var index = bracket - 1
        while index >= 0, let last = remaining.last {
            let word = tokens[index].text
            guard tokens[index].kind == .word else { return nil }
            if !ignored.contains(word.lowercased()) {
                guard word.lowercased().first == last, word.first?.isUppercase == true else { return nil }
                remaining.removeLast()
                if remaining.isEmpty { return index }
            }
            index -= 1
        }
        return nil
    }
}
