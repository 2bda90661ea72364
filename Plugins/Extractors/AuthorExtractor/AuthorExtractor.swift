import DocGraphKit

/// Finds who a document speaks as: the person whose signature it carries ("Name TD" over
/// "Warwickshire Police and Crime Commissioner", or a report's heading "Name / Police and Crime
/// Commissioner for Warwickshire"), so other extractors can read "I", "me" and "my office" as
/// that person and their office.
///
/// The rule: the first line that holds only a name (a Person mention, or two to four
/// capitalised words) and honorifics, followed within three short lines by a role from the
/// `author-roles` lexicon, is the author's signature. The author's Person mention is the
/// people extractor's mention of that name when there is one; otherwise this extractor adds
/// it, named without honorifics so it resolves with the other mentions of the person. The
/// office is the Organisation mention whose name is the role's office ("Office of the Police and
/// Crime Commissioner") or its initials ("OPCC", "Warwickshire OPCC"), when the document has one.
/// The result is one ``DocumentAuthor`` mention.
public struct AuthorExtractor: Extractor {
    public let manifest = PluginManifest(
        id: "authors.v1", name: "Authors",
        summary: "The person a document is signed by and their office, for first-person words",
        kind: .extractor, needs: ["sentences", "tokens", GraphVocabulary.person, GraphVocabulary.organisation],
        produces: [DocumentAuthor.label, GraphVocabulary.person])

    public init() {}

    public func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        let lexicon = context.wordLists.derived("authors.lexicon") { AuthorLexicon(context) }
        guard let signature = SignatureFinder(lexicon: lexicon).signatures(in: document, annotations: annotations).first else {
            return Annotations()
        }
        var result = Annotations()
        let personID: String
        let name: String
        if let existing = annotations.mentions(labeled: GraphVocabulary.person).first(where: { $0.range.overlaps(signature.name) }) {
            personID = existing.id
            name = existing.properties["name"]?.stringValue ?? existing.text
        } else {
            personID = "\(manifest.id)#1"
            name = document.text(in: signature.name)
            var properties: Properties = ["name": .string(name)]
            if !signature.honorifics.isEmpty { properties["titles"] = .list(signature.honorifics.map(PropertyValue.string)) }
            result.mentions.append(Mention(
                id: personID, label: GraphVocabulary.person, range: signature.name, text: name, properties: properties,
                evidence: signature.range, extractor: manifest.id, confidence: 0.9))
        }
        let office = OfficeFinder(lexicon: lexicon, roleCore: signature.roleCore).office(in: annotations)
        let author = DocumentAuthor(person: personID, office: office, name: name, role: signature.role)
        result.mentions.insert(
            author.mention(id: "\(manifest.id)#0", range: signature.range, text: document.text(in: signature.range),
                           extractor: manifest.id, confidence: 0.9),
            at: 0)
        return result
    }
}
