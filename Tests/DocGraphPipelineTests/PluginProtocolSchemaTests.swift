import DocGraphKit
import DocGraphPipeline
import DocGraphTestSupport
import Foundation
import Testing

/// The JSON Schemas in docs/schemas hold the messages docgraph really sends, the answers a plugin
/// gives, and the examples in docs/plugins.md.
@Suite struct PluginProtocolSchemaTests {
    private let docs = SharedPaths.repositoryRoot.appendingPathComponent("docs")

    private func schema(_ name: String) throws -> JSONSchemaCheck {
        try JSONSchemaCheck(contentsOf: docs.appendingPathComponent("schemas/\(name).schema.json"))
    }

    /// A plugin that writes every line it reads to received.jsonl and every line it sends to sent.jsonl.
    private let recorder = """
        import json, sys

        received = open("received.jsonl", "w")
        sent = open("sent.jsonl", "w")

        def send(message):
            line = json.dumps(message, ensure_ascii=False)
            sent.write(line + "\\n")
            sent.flush()
            sys.stdout.write(line + "\\n")
            sys.stdout.flush()

        for line in sys.stdin:
            received.write(line)
            received.flush()
            message = json.loads(line)
            if message["type"] == "hello":
                send({"type": "hello", "protocol": 1, "name": "recorder"})
            elif "ERROR" in message["text"]:
                send({"type": "error", "protocol": 1, "id": message["id"], "message": "cannot read this one"})
            else:
                send({"type": "result", "protocol": 1, "id": message["id"],
                      "mentions": [{"id": "m1", "label": "WORD", "start": 0, "end": 4, "text": message["text"][:4],
                                    "key": "w", "properties": {"n": 1}, "confidence": 0.5}],
                      "facts": [{"type": "NEAR", "from": "m1", "to": message["mentions"][0]["id"], "start": 0, "end": 4}],
                      "warnings": ["recorded"]})
        """

    @Test func realMessagesHoldToTheSchemas() throws {
        let folder = try SharedPaths.temporaryDirectory()
        try recorder.write(to: folder.appendingPathComponent("plugin.py"), atomically: true, encoding: .utf8)
        let plugin = ExternalPluginExtractor(configuration: ExternalPluginConfiguration(
            id: "recorder.v1", command: "python3", arguments: ["plugin.py"], directory: folder, produces: ["WORD", "NEAR"],
            options: ["depth": 2]))
        let text = "Café talk on 3 May: Cllr Ann Vale agreed."
        var document = DocumentFixtures.paragraphs(text, date: PartialDate(year: 2024, month: 5))
        document.title = "Café talk"
        let annotations = TextAnalyzer().analyze(document)
        let earlier = Annotations(
            sentences: annotations.sentences, tokens: annotations.tokens,
            mentions: [Mention(id: "people.v1#1", label: "Person", range: TextRange(start: 26, end: 34), text: "Ann Vale",
                               properties: ["titles": ["Cllr"]], key: "ann vale", extractor: "people.v1", confidence: 0.9)])
        let result = try plugin.extract(from: document, annotations: earlier, context: ExtractionContext(options: ["depth": 2]))
        let error = DocumentFixtures.document("ERROR here")
        _ = try plugin.extract(from: error, annotations: Annotations(), context: ExtractionContext())
        plugin.shutdown()
        #expect(result.mentions.map(\.text) == ["Café"])
        #expect(result.facts.map(\.to) == ["people.v1#1"])

        let received = try String(contentsOf: folder.appendingPathComponent("received.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let sent = try String(contentsOf: folder.appendingPathComponent("sent.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        try #require(received.count == 3 && sent.count == 3)
        #expect(try schema("plugin-hello").problems(in: received[0]) == [])
        #expect(try schema("plugin-hello").problems(in: sent[0]) == [])
        for line in received.dropFirst() { #expect(try schema("plugin-request").problems(in: line) == []) }
        for line in sent.dropFirst() { #expect(try schema("plugin-response").problems(in: line) == []) }
    }

    @Test func theExamplesInTheGuideHoldToTheSchemas() throws {
        let guide = try String(contentsOf: docs.appendingPathComponent("plugins.md"), encoding: .utf8)
        var examples: [(schema: String, json: String)] = []
        var current: (schema: String, lines: [String])?
        for line in guide.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = current {
                if trimmed == "```" {
                    examples.append((open.schema, open.lines.joined(separator: "\n")))
                    current = nil
                } else {
                    current?.lines.append(trimmed)
                }
            } else if trimmed.hasPrefix("```json plugin-") {
                current = (String(trimmed.dropFirst("```json ".count)), [])
            }
        }
        #expect(examples.map(\.schema) == ["plugin-hello", "plugin-hello", "plugin-request", "plugin-response", "plugin-response"])
        for example in examples {
            #expect(try schema(example.schema).problems(in: example.json) == [], "\(example.json)")
        }
    }

    @Test func theSchemasRejectMessagesWithoutTheirRequiredKeys() throws {
        #expect(try schema("plugin-hello").problems(in: #"{"type": "hello"}"#) == ["$.protocol is missing"])
        #expect(try schema("plugin-request").problems(in: #"{"type": "document", "protocol": 1, "id": "d", "name": "n", "text": "t", "blocks": [], "sentences": [], "mentions": [{"id": "m", "label": "X", "start": "0", "end": 1, "text": "t", "extractor": "e"}]}"#)
            == ["$.mentions[0].start is not integer"])
        #expect(try schema("plugin-response").problems(in: #"{"type": "result", "mentions": []}"#)
            == ["$ matches 0 of the oneOf choices, not exactly 1"])
        #expect(try schema("plugin-response").problems(in: #"{"type": "error", "id": "d"}"#)
            == ["$ matches 0 of the oneOf choices, not exactly 1"])
    }
}
