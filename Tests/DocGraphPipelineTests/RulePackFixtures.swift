import DocGraphKit
import DocGraphPipeline
import DocGraphTestSupport
import Foundation

/// Rule packs written into temporary folders, and a plain tokenizer to run them on.
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

    /// Words (letters and digits, with inner apostrophes and hyphens) and single other characters.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var offset = 0
        var wordStart: Int?
        var word = ""
        func endWord() {
            if let start = wordStart {
                let kind: Token.Kind = word.allSatisfy(\.isNumber) ? .number : .word
                tokens.append(Token(kind: kind, range: TextRange(start: start, end: start + word.utf8.count), text: word))
            }
            wordStart = nil
            word = ""
        }
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let joins = (character == "-" || character == "'") && wordStart != nil
                && index + 1 < characters.count && characters[index + 1].isLetter
            if character.isLetter || character.isNumber || joins {
                if wordStart == nil { wordStart = offset }
                word.append(character)
            } else {
                endWord()
                if !character.isWhitespace {
                    let kind: Token.Kind = character.isPunctuation ? .punctuation : .symbol
                    let length = String(character).utf8.count
                    tokens.append(Token(kind: kind, range: TextRange(start: offset, end: offset + length), text: String(character)))
                }
            }
            offset += String(character).utf8.count
        }
        endWord()
        return tokens
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
