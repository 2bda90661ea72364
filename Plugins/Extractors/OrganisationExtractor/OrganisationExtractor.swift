import DocGraphKit

/// Finds the organisations a document names (`organisations.v1`): police forces, councils,
/// charities, companies, government bodies, universities, associations, partnerships,
/// committees and boards.
///
/// Each mention carries `name` (the fullest spelling the document gives), `kind` and `aliases`
/// (abbreviations the document ties to it), and a `key` shared by every variant in the
/// document ("Her Majesty's Inspectorate of Constabulary", "HMIC"; "Police and Crime Panel",
/// "the Panel"), so they resolve to one node. Evidence is general: the shape of the words,
/// English word lists and the lexicons in `Lexicons/`, never a list of known bodies.
public struct OrganisationExtractor: Extractor {
    public let manifest = PluginManifest(
        id: "organisations.v1", name: "Organisations",
        summary: "Named bodies with their kind and abbreviations, variants grouped per document",
        kind: .extractor, needs: ["sentences"], produces: [GraphVocabulary.organisation])

    private let dictionary: EnglishWords?

    /// - Parameter dictionary: the English word list; the system's wbritish list when `nil`.
    public init(dictionary: EnglishWords? = nil) {
        self.dictionary = dictionary
    }

    public func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        var finder = OrganisationFinder(
            text: document.text, words: annotations.nameWords(of: document), lexicons: context.wordLists.derived("organisations.lexicons") { OrganisationLexicons.forContext(context) }, dictionary: dictionary ?? EnglishWords.system)
        let findings = finder.run()
        let lexicons = finder.lexicons
        let english = finder.dictionary
        let groups = OrganisationGroups(findings: findings, words: finder.words) { word in
            english.isCommonWord(word) && !lexicons.areaWords.contains(word)
        }
        let locator = SentenceLocator(document: document, annotations: annotations)
        var result = Annotations()
        let missing = context.wordLists.missing(OrganisationLexicons.sharedLists)
        if !missing.isEmpty {
            result.warnings.append(WordLists.missingWarning(
                plugin: manifest.id, lists: missing, consequence: "few organisations are found"))
        }
        for (number, finding) in findings.enumerated() {
            guard let first = finding.words.first, let last = finding.words.last else { continue }
            let range = TextRange(start: finder.words[first].range.start, end: finder.words[last].stemRange.end)
            let group = groups.group(of: finding)
            var properties: Properties = ["name": .string(group.name), "kind": .string(group.kind)]
            if !group.aliases.isEmpty { properties["aliases"] = .list(group.aliases.map(PropertyValue.string)) }
            result.mentions.append(Mention(
                id: "\(manifest.id)#\(number + 1)", label: GraphVocabulary.organisation, range: range,
                text: document.text(in: range), properties: properties, key: group.name,
                evidence: locator.sentence(containing: range), extractor: manifest.id, confidence: finding.confidence))
        }
        return result
    }
}
