import DocGraphKit

/// Finds the people a document names (`people.v1`) and the roles the text gives them.
///
/// Each Person mention carries `name` (the fullest spelling, without titles), `titles`
/// (Councillor, PCSO, MP, TD, ...) and `roles` (the role titles the text states), and a `key`
/// shared by every mention of the person in the document: a first name alone ("Helen joins
/// us"), a surname after a title ("PCC Smith") and a misspelling agreed by context all
/// take the full name. Where the text ties a role to a body, a HOLDS_ROLE fact (property
/// `title`) joins the person to the Organisation mention, with the sentence as evidence: the
/// body named with the role, or for a police rank the force named nearby, or for an office
/// such as Police and Crime Commissioner the force of the area it names.
///
/// Runs after `organisations.v1`, whose mentions it reads so that names inside a body's name
/// are skipped. Evidence is general: a public list of first names, the English dictionary, the
/// lexicons in `Lexicons/` and the shape of the phrase, never a list of known people.
public struct PeopleExtractor: Extractor {
    public let manifest = PluginManifest(
        id: "people.v1", name: "People",
        summary: "Named people with titles and roles, first names and variants grouped per document",
        kind: .extractor, needs: ["sentences", GraphVocabulary.organisation],
        produces: [GraphVocabulary.person, GraphVocabulary.holdsRole])

    private let dictionary: EnglishWords?

    /// - Parameter dictionary: the English word list; the system's wbritish list when `nil`.
    public init(dictionary: EnglishWords? = nil) {
        self.dictionary = dictionary
    }

    /// Names of findings that open an organisation's name in the document ("Amber Vale" of
    /// "Amber Vale District Council"), normalised.
    static func placeNames(in organisations: [Mention], words names: [String]) -> Set<String> {
        let bodies = organisations.map { NameKey.normalise($0.properties["name"]?.stringValue ?? $0.text) }
        return Set(names.map(NameKey.normalise).filter { name in
            bodies.contains { $0.hasPrefix(name + " ") }
        })
    }

    public func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        let words = annotations.nameWords(of: document)
        let organisations = annotations.mentions(labeled: GraphVocabulary.organisation)
        var finder = PersonFinder(
            text: document.text, words: words, organisations: organisations,
            lexicons: context.wordLists.derived("people.lexicons") { PeopleLexicons.forContext(context) }, dictionary: dictionary ?? EnglishWords.system)
        _ = finder.run()
        finder.addBareSurnames()
        let findings = finder.found.sorted { $0.words.lowerBound < $1.words.lowerBound }
        let groups = PersonGroups(findings: findings, placeNames: Self.placeNames(in: organisations, words: findings.map(\.name)))
        let locator = SentenceLocator(document: document, annotations: annotations)
        let roleTargets = RoleTargets(organisations: organisations)
        var result = Annotations()
        let missing = context.wordLists.missing(PeopleLexicons.sharedLists)
        if !missing.isEmpty {
            result.warnings.append(WordLists.missingWarning(
                plugin: manifest.id, lists: missing, consequence: "people are found without their titles and roles"))
        }
        var stated = Set<String>()
        for (index, finding) in findings.enumerated() {
            guard let name = groups.names[index], let first = finding.words.first, let last = finding.words.last else { continue }
            let range = TextRange(start: words[first].range.start, end: words[last].stemRange.end)
            let sentence = locator.sentence(containing: range)
            let id = "\(manifest.id)#\(result.mentions.count + 1)"
            var properties: Properties = ["name": .string(name)]
            if !finding.titles.isEmpty { properties["titles"] = .list(finding.titles.map(PropertyValue.string)) }
            let roleTitles = finding.roles.map(\.title)
            if !roleTitles.isEmpty { properties["roles"] = .list(roleTitles.map(PropertyValue.string)) }
            result.mentions.append(Mention(
                id: id, label: GraphVocabulary.person, range: range, text: document.text(in: range), properties: properties,
                key: name, evidence: sentence, extractor: manifest.id, confidence: finding.confidence))
            for role in finding.roles {
                guard let target = roleTargets.body(for: role, near: range, sentence: sentence) else { continue }
                var evidence = sentence
                if let end = role.wordsEnd, end > 0, end <= words.count, words[end - 1].range.end > evidence.end {
                    evidence = TextRange(start: evidence.start, end: words[end - 1].range.end)
                }
                let statement = "\(NameKey.normalise(name))|\(target.key ?? target.id)|\(role.title.lowercased())"
                guard stated.insert(statement).inserted else { continue }
                result.facts.append(Fact(
                    type: GraphVocabulary.holdsRole, from: id, to: target.id, properties: ["title": .string(role.title)],
                    evidence: evidence, extractor: manifest.id, confidence: role.organisation == nil ? 0.7 : 0.85))
            }
        }
        return result
    }
}
