import DocGraphKit
import DocGraphPipeline
import DocGraphTestSupport
import Foundation

/// Small external plugins written in Python for the tests: each answers well, except on a
/// document whose text holds its trigger word, where it misbehaves in its own way.
enum ExternalPluginFixtures {
    /// The loop every test plugin shares: the handshake, then one answer per request. A good
    /// answer marks each `£` amount as MONEY, links it by a PAID fact to the first mention it
    /// was sent, and adds a warning.
    static func script(misbehaviour: String = "", helloProtocol: Int = 1) -> String {
        """
        import json, re, sys, time

        def send(message):
            sys.stdout.write(json.dumps(message) + "\\n")
            sys.stdout.flush()

        json.loads(sys.stdin.readline())
        send({"type": "hello", "protocol": \(helloProtocol), "name": "test"})
        for line in sys.stdin:
            request = json.loads(line)
            text = request["text"]
        \(misbehaviour.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
            mentions = [{"id": "m%d" % i, "label": "MONEY", "start": m.start(), "end": m.end(), "text": m.group(),
                         "properties": {"currency": "GBP"}}
                        for i, m in enumerate(re.finditer(r"£[0-9]+", text))]
            facts = []
            if mentions and request["mentions"]:
                facts.append({"type": "PAID", "from": "m0", "to": request["mentions"][0]["id"]})
            send({"type": "result", "protocol": 1, "id": request["id"], "mentions": mentions, "facts": facts,
                  "warnings": ["read %d characters" % len(text)]})
        """
    }

    static let crash = """
        if "CRASH" in text:
            sys.stderr.write("Traceback: something broke\\n")
            sys.stderr.flush()
            sys.exit(3)
        """
    static let hang = """
        if "HANG" in text:
            time.sleep(600)
        """
    static let garbage = """
        if "GARBAGE" in text:
            print("this is not json", flush=True)
            continue
        """
    static let flood = """
        if "FLOOD" in text:
            while True:
                sys.stdout.write("x" * 65536)
        """
    static let outside = """
        if "OUTSIDE" in text:
            send({"type": "result", "protocol": 1, "id": request["id"],
                  "mentions": [{"label": "MONEY", "start": 0, "end": len(text) + 5},
                               {"label": "MONEY", "start": 0, "end": 3}]})
            continue
        """
    static let wrongDocument = """
        if "WRONGID" in text:
            send({"type": "result", "protocol": 1, "id": "another-document", "mentions": []})
            continue
        """

    /// A plugin configuration running a script written into a fresh folder.
    static func configuration(
        _ script: String, id: String = "money.v1", timeout: Double = 10, maxLineBytes: Int = 16 << 20,
        failuresBeforeDisabling: Int = 3
    ) throws -> ExternalPluginConfiguration {
        let folder = try SharedPaths.temporaryDirectory()
        try script.write(to: folder.appendingPathComponent("plugin.py"), atomically: true, encoding: .utf8)
        return ExternalPluginConfiguration(
            id: id, command: "python3", arguments: ["plugin.py"], directory: folder, timeout: timeout,
            produces: ["MONEY", "PAID"], maxLineBytes: maxLineBytes, failuresBeforeDisabling: failuresBeforeDisabling)
    }

    /// A document with a mention of the whole first word, as if an earlier plugin had found it.
    static func document(_ text: String, id: String? = nil) -> (Document, Annotations) {
        let document = Document(id: id ?? SHA256.hexDigest(of: Data(text.utf8)), name: "doc.txt", source: "/doc.txt",
                                format: "text", text: text)
        let firstWord = text.prefix { !$0.isWhitespace }
        let earlier = Mention(id: "people.v1#1", label: "Person", range: TextRange(start: 0, end: firstWord.utf8.count),
                              text: String(firstWord), extractor: "people.v1")
        return (document, Annotations(mentions: [earlier]))
    }

    /// Runs a plugin over texts one after the other.
    static func run(_ plugin: ExternalPluginExtractor, over texts: [String]) throws -> [Annotations] {
        try texts.map { text in
            let (document, annotations) = document(text)
            return try plugin.extract(from: document, annotations: annotations, context: ExtractionContext())
        }
    }
}

/// A value shared by concurrent work in a test, guarded by a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }
    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
    var value: Value { lock.withLock { stored } }
}
