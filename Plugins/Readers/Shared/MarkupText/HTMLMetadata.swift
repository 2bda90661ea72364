import Foundation
import CLibXML2
import DocGraphKit
import ReaderSupport

/// What an HTML page's head states about it: title, publication date, author, description.
public struct HTMLMetadata: Sendable, Hashable {
    public var title: String?
    public var date: PartialDate?
    /// Further facts for ``Document/metadata``: `author`, `description`, `published`.
    public var fields: [String: String] = [:]

    /// Meta names and properties giving the title, most specific first after `<title>`.
    static let titleNames = ["og:title", "twitter:title", "dc.title", "dcterms.title", "title"]
    /// Meta names and properties giving the publication date, most specific first.
    static let dateNames = [
        "article:published_time", "date", "dc.date", "dcterms.created", "dc.date.issued", "dcterms.issued",
        "pubdate", "publish-date", "publish_date", "publication_date", "datepublished", "sailthru.date",
        "og:published_time", "article:modified_time",
    ]

    public init() {}

    /// Reads the `<title>` and `<meta>` elements of the page's head.
    public init(head: xmlNodePtr?) {
        guard let head else { return }
        var metas: [String: String] = [:]
        var pageTitle: String?
        MarkupWalker.walk(head, enter: { node, depth in
            guard MarkupNode.isElement(node), depth < 4 else { return false }
            switch MarkupNode.name(node) {
            case "title":
                if pageTitle == nil { pageTitle = MarkupNode.directText(node) }
                return false
            case "meta":
                let key = (MarkupNode.attribute("property", of: node) ?? MarkupNode.attribute("name", of: node)
                    ?? MarkupNode.attribute("itemprop", of: node))?.lowercased()
                if let key, let content = MarkupNode.attribute("content", of: node), metas[key] == nil {
                    metas[key] = content
                }
                return false
            default:
                return true
            }
        }, leave: { _, _ in })
        title = ([pageTitle] + HTMLMetadata.titleNames.map { metas[$0] })
            .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty }
        for name in HTMLMetadata.dateNames {
            if let value = metas[name], let parsed = MetadataDate.iso(value) {
                date = parsed
                fields["published"] = value
                break
            }
        }
        if let author = metas["author"] ?? metas["article:author"] ?? metas["dc.creator"] { fields["author"] = author }
        if let description = metas["description"] ?? metas["og:description"] { fields["description"] = description }
    }
}
