import DocGraphKit
import DocGraphPipeline
import DocGraphTestSupport
import Foundation

/// Rule packs written into temporary folders, and documents to run them on.
enum RulePackFixtures {
    /// A pack folder holding the files (path relative to the folder → content).
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try SharedPaths.temporaryDirectory()
        for (path, content) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// A pack producing `produces` from one pattern file; `extra` is more pack.yaml.
    static func pack(produces: [String], patterns: String, extra: String = "") throws -> RulePack {
        let manifest = """
            id: test.v1
            produces: [\(produces.joined(separator: ", "))]
            patterns: [patterns.jsonl]
            \(extra)
            """
        return try RulePack.load(from: folder(["pack.yaml": manifest, "patterns.jsonl": patterns]))
    }

    /// The tokens of a text, by the text analysis every plugin shares.
    static func tokens(_ text: String) -> [Token] {
        Tokenizer().tokens(in: text)
    }

    /// A document and its annotations with tokens and no sentences.
    static func annotated(_ text: String) -> (Document, Annotations) {
        let document = Document(id: "doc", name: "doc.txt", source: "/doc.txt", format: "text", text: text)
        return (document, Annotations(tokens: tokens(text)))
    }

    /// What a pack finds in a text, as `LABEL:text` (with `=key` when the mention has one).
    static func found(by pack: RulePack, in text: String) throws -> [String] {
        let (document, annotations) = annotated(text)
        let result = try RulePackExtractor(pack: pack).extract(from: document, annotations: annotations, context: ExtractionContext())
        return result.mentions.map { "\($0.label):\($0.text)" + ($0.key.map { "=\($0)" } ?? "") }
    }
}
