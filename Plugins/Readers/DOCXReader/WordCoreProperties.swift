import DocGraphKit
import MarkupText
import ReaderSupport

/// The core properties of an Office document (`docProps/core.xml`): title, author, subject and
/// the created and modified dates.
struct WordCoreProperties {
    var title: String?
    var created: PartialDate?
    /// `author`, `subject`, `keywords`, `description`, `created`, `modified` as stated.
    var metadata: [String: String] = [:]

    init(_ parsed: ParsedMarkup?) {
        guard let root = parsed?.root else { return }
        let names = ["title": "title", "creator": "author", "subject": "subject", "keywords": "keywords",
                     "description": "description", "created": "created", "modified": "modified"]
        for element in MarkupNode.elementChildren(root) {
            guard let key = names[MarkupNode.name(element)] else { continue }
            let value = TextAssembler.collapsing(MarkupNode.directText(element))
            if !value.isEmpty { metadata[key] = value }
        }
        title = metadata.removeValue(forKey: "title")
        created = metadata["created"].flatMap(MetadataDate.iso)
    }
}
