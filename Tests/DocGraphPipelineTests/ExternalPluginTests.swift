import DocGraphKit
import DocGraphPipeline
import Foundation
import Testing

/// The external-process protocol: a plugin that answers well, and one for each way a plugin can
/// fail. Each failure is a warning for its document, and the next document is still processed.
@Suite struct ExternalPluginTests {
    private let good = "Ann Vale paid £40 for the Café’s tea and £5 for cake."

    /// What a good answer for `good` looks like.
    private func expectGoodAnswer(_ result: Annotations, _ sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.mentions.map(\.text) == ["£40", "£5"], sourceLocation: sourceLocation)
        #expect(result.warnings == ["external plugin money.v1: read \(good.unicodeScalars.count) characters"], sourceLocation: sourceLocation)
    }

    @Test func aGoodPluginAnswersWithScalarOffsetsConverted() throws {
        let plugin = ExternalPluginExtractor(configuration: try ExternalPluginFixtures.configuration(ExternalPluginFixtures.script()))
        defer { plugin.shutdown() }
        let (document, annotations) = ExternalPluginFixtures.document(good)
        let result = try plugin.extract(from: document, annotations: annotations, context: ExtractionContext())
        let text = document.text
        let pound = text.utf8.count - text.drop { $0 != "£" }.utf8.count
        #expect(result.mentions.first == Mention(
            id: "money.v1#1", label: "MONEY", range: TextRange(start: pound, end: pound + 4), text: "£40",
            properties: ["currency": "GBP"], extractor: "money.v1"))
        #expect(result.facts == [Fact(
            type: "PAID", from: "money.v1#1", to: "people.v1#1", evidence: TextRange(start: 0, end: pound + 4),
            extractor: "money.v1")])
        expectGoodAnswer(result)
    }

    @Test func oneProcessServesManyDocumentsEvenConcurrently() throws {
        let plugin = ExternalPluginExtractor(configuration: try ExternalPluginFixtures.configuration(ExternalPluginFixtures.script()))
        defer { plugin.shutdown() }
        let texts = (0..<12).map { "Item \($0) costs £\($0 + 10) today." }
        let results = Locked([Annotations?](repeating: nil, count: texts.count))
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            let (document, annotations) = ExternalPluginFixtures.document(texts[index])
            let result = try? plugin.extract(from: document, annotations: annotations, context: ExtractionContext())
            results.update { $0[index] = result }
        }
        #expect(results.value.map { $0?.mentions.map(\.text) ?? [] } == (0..<12).map { ["£\($0 + 10)"] })
    }

    @Test func aCrashIsAWarningAndTheNextDocumentIsProcessed() throws {
        let log = Locked([String]())
        let plugin = ExternalPluginExtractor(
            configuration: try ExternalPluginFixtures.configuration(ExternalPluginFixtures.script(misbehaviour: ExternalPluginFixtures.crash)),
            log: { line in log.update { $0.append(line) } })
        defer { plugin.shutdown() }
        let results = try ExternalPluginFixtures.run(plugin, over: ["CRASH now", good])
        #expect(results[0].mentions.isEmpty)
        #expect(results[0].warnings == ["external plugin money.v1 exited with status 3 before answering "
            + "(its stderr ends: Traceback: something broke); it will be started afresh for the next document"])
        expectGoodAnswer(results[1])
        #expect(log.value == ["[money.v1] Traceback: something broke"])
    }

    @Test func aHangIsATimeOut() throws {
        let plugin = ExternalPluginExtractor(configuration: try ExternalPluginFixtures.configuration(
            ExternalPluginFixtures.script(misbehaviour: ExternalPluginFixtures.hang), timeout: 5))
        defer { plugin.shutdown() }
        // The limit covers the restarted process's start too, so it leaves room for a busy machine.
        let results = try ExternalPluginFixtures.run(plugin, over: ["HANG please", good])
        #expect(results[0].warnings == [
            "external plugin money.v1 did not answer within 5 s; it will be started afresh for the next document"])
        expectGoodAnswer(results[1])
    }

    @Test func garbageIsABadLine() throws {
        let plugin = ExternalPluginExtractor(configuration: try ExternalPluginFixtures.configuration(
            ExternalPluginFixtures.script(misbehaviour: ExternalPluginFixtures.garbage)))
        defer { plugin.shutdown() }
        let results = try ExternalPluginFixtures.run(plugin, over: ["GARBAGE in", good])
        #expect(results[0].warnings == ["external plugin money.v1 wrote a line that is not a protocol message: "
            + "it is not JSON; it will be started afresh for the next document"])
        expectGoodAnswer(results[1])
    }

    @Test func floodingStdoutIsCutOff() throws {
        let plugin = ExternalPluginExtractor(configuration: try ExternalPluginFixtures.configuration(
            ExternalPluginFixtures.script(misbehaviour: ExternalPluginFixtures.flood), maxLineBytes: 1 << 20))
        defer { plugin.shutdown() }
        let results = try ExternalPluginFixtures.run(plugin, over: ["FLOOD gates", good])
        #expect(results[0].warnings == ["external plugin money.v1 wrote more than 1048576 bytes without a line end; "
            + "it will be started afresh for the next document"])
        expectGoodAnswer(results[1])
    }

    @Test func offsetsOutsideTheTextAreDropped() throws {
        let plugin = ExternalPluginExtractor(configuration: try ExternalPluginFixtures.configuration(
            ExternalPluginFixtures.script(misbehaviour: ExternalPluginFixtures.outside)))
        defer { plugin.shutdown() }
        let results = try ExternalPluginFixtures.run(plugin, over: ["OUTSIDE £1", good])
        #expect(results[0].mentions.map(\.text) == ["OUT"])
        #expect(results[0].warnings == [
            "external plugin money.v1: mention 1 (MONEY) at 0..<15 is outside the text (10 characters); dropped"])
        expectGoodAnswer(results[1])
    }

    @Test func anAnswerForAnotherDocumentIsRefused() throws {
        let plugin = ExternalPluginExtractor(configuration: try ExternalPluginFixtures.configuration(
            ExternalPluginFixtures.script(misbehaviour: ExternalPluginFixtures.wrongDocument)))
        defer { plugin.shutdown() }
        let (document, annotations) = ExternalPluginFixtures.document("WRONGID here", id: "d1")
        let wrong = try plugin.extract(from: document, annotations: annotations, context: ExtractionContext())
        #expect(wrong.warnings == ["external plugin money.v1 answered for document 'another-document' instead of 'd1'; "
            + "it will be started afresh for the next document"])
        expectGoodAnswer(try ExternalPluginFixtures.run(plugin, over: [good])[0])
    }

    @Test func anotherProtocolVersionIsRefused() throws {
        let plugin = ExternalPluginExtractor(configuration: try ExternalPluginFixtures.configuration(
            ExternalPluginFixtures.script(helloProtocol: 2)))
        defer { plugin.shutdown() }
        #expect(try ExternalPluginFixtures.run(plugin, over: [good])[0].warnings == [
            "external plugin money.v1 speaks protocol 2, but this docgraph speaks protocol 1; "
                + "it will be started afresh for the next document"])
    }

    @Test func aMissingCommandIsReported() throws {
        var configuration = try ExternalPluginFixtures.configuration(ExternalPluginFixtures.script())
        configuration.command = "no-such-docgraph-plugin"
        let plugin = ExternalPluginExtractor(configuration: configuration)
        #expect(try ExternalPluginFixtures.run(plugin, over: [good])[0].warnings == [
            "external plugin money.v1 could not start: command 'no-such-docgraph-plugin' was not found on PATH; "
                + "it will be started afresh for the next document"])
    }

    @Test func failuresInARowDisableThePlugin() throws {
        let plugin = ExternalPluginExtractor(configuration: try ExternalPluginFixtures.configuration(
            ExternalPluginFixtures.script(misbehaviour: ExternalPluginFixtures.garbage), failuresBeforeDisabling: 2))
        defer { plugin.shutdown() }
        let results = try ExternalPluginFixtures.run(plugin, over: ["GARBAGE 1", "GARBAGE 2", good])
        #expect(results.map(\.warnings) == [
            ["external plugin money.v1 wrote a line that is not a protocol message: it is not JSON; "
                + "it will be started afresh for the next document"],
            ["external plugin money.v1 wrote a line that is not a protocol message: it is not JSON; "
                + "it is disabled for the rest of the run after 2 failures in a row"],
            ["external plugin money.v1 was disabled after 2 failures in a row, so it did not run"],
        ])
    }
}
