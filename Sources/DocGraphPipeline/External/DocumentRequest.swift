import DocGraphKit

/// The line docgraph writes to a plugin for each document: the document, its blocks and
/// sentences, and the mentions found so far. Every offset counts Unicode scalars of `text`.
struct DocumentRequest: Encodable {
    /// A block of the document.
    struct BlockSpan: Encodable {
        var kind: String
        var start: Int
        var end: Int
        var level: Int
        var attributes: [String: String]
    }

    /// A sentence of the document.
    struct Span: Encodable {
        var start: Int
        var end: Int
    }

    /// A mention an earlier plugin made.
    struct MentionSpan: Encodable {
        var id: String
        var label: String
        var start: Int
        var end: Int
        var text: String
        var key: String?
        var properties: Properties
        var extractor: String
        var confidence: Double
    }

    var type = "document"
    var `protocol` = ExternalPluginProtocol.version
    var id: String
    var name: String
    var title: String?
    var date: String?
    var format: String
    var kind: String
    var text: String
    var blocks: [BlockSpan]
    var sentences: [Span]
    var mentions: [MentionSpan]

    init(document: Document, annotations: Annotations, offsets: UnicodeScalarOffsets) {
        id = document.id
        name = document.name
        title = document.title
        date = document.date?.iso
        format = document.format
        kind = document.kind.rawValue
        text = document.text
        blocks = document.blocks.map { block in
            let range = offsets.scalarRange(of: block.range)
            return BlockSpan(
                kind: block.kind.rawValue, start: range.start, end: range.end, level: block.level,
                attributes: block.attributes)
        }
        sentences = annotations.sentences.map { sentence in
            let range = offsets.scalarRange(of: sentence.range)
            return Span(start: range.start, end: range.end)
        }
        mentions = annotations.mentions.map { mention in
            let range = offsets.scalarRange(of: mention.range)
            return MentionSpan(
                id: mention.id, label: mention.label, start: range.start, end: range.end, text: mention.text,
                key: mention.key, properties: mention.properties, extractor: mention.extractor,
                confidence: mention.confidence)
        }
    }
}
