import DocGraphKit
import Foundation

/// Turns a plugin's answer for one document into annotations: scalar offsets become UTF-8
/// ranges (through ``UnicodeScalarOffsets`` only), the plugin's mention ids become docgraph's,
/// and anything that does not fit the document is dropped with a warning.
struct PluginReplyReader {
    let pluginID: String
    let document: Document
    let annotations: Annotations
    let offsets: UnicodeScalarOffsets

    /// Decodes a reply line; a line that is not a valid reply is a failure of the plugin.
    static func decode<Message: Decodable>(_ type: Message.Type, from line: [UInt8]) throws(ExternalPluginFailure) -> Message {
        do {
            return try JSONDecoder().decode(type, from: Data(line))
        } catch let error as DecodingError {
            throw .badLine(describe(error))
        } catch {
            throw .badLine("it is not JSON")
        }
    }

    /// The additions a `result` reply makes.
    func annotations(from reply: DocumentResponse) -> Annotations {
        var result = Annotations()
        var ids: [String: String] = [:]
        let warn = { (message: String) in result.warnings.append("external plugin \(pluginID): \(message); dropped") }
        for (index, found) in (reply.mentions ?? []).enumerated() {
            let name = "mention \(index + 1) (\(found.label))"
            guard !found.label.isEmpty else { warn("mention \(index + 1) has an empty label"); continue }
            guard let range = offsets.utf8Range(scalarStart: found.start, scalarEnd: found.end) else {
                warn("\(name) at \(found.start)..<\(found.end) is outside the text (\(offsets.scalarCount) characters)")
                continue
            }
            guard !range.isEmpty else { warn("\(name) at \(found.start)..<\(found.end) is empty"); continue }
            let text = document.text(in: range)
            if let given = found.text, given != text {
                warn("\(name) says '\(given)' but the text at \(found.start)..<\(found.end) is '\(text)'; offsets must count Unicode scalars")
                continue
            }
            if let local = found.id {
                guard ids[local] == nil else { warn("\(name) reuses the id '\(local)'"); continue }
                ids[local] = "\(pluginID)#\(result.mentions.count + 1)"
            }
            result.mentions.append(Mention(
                id: "\(pluginID)#\(result.mentions.count + 1)", label: found.label, range: range, text: text,
                properties: found.properties ?? [:], key: found.key, evidence: annotations.sentence(containing: range)?.range,
                extractor: pluginID, confidence: clamped(found.confidence)))
        }
        let known = Dictionary(uniqueKeysWithValues: (annotations.mentions + result.mentions).map { ($0.id, $0.range) })
        for (index, found) in (reply.facts ?? []).enumerated() {
            let name = "fact \(index + 1) (\(found.type))"
            guard let from = ids[found.from] ?? (known[found.from] != nil ? found.from : nil),
                  let to = ids[found.to] ?? (known[found.to] != nil ? found.to : nil),
                  let fromRange = known[from], let toRange = known[to] else {
                warn("\(name) refers to a mention that does not exist ('\(found.from)' or '\(found.to)')")
                continue
            }
            guard !found.type.isEmpty else { warn("fact \(index + 1) has an empty type"); continue }
            guard let evidence = evidence(of: found, between: fromRange, and: toRange) else {
                warn("\(name) has evidence at \(found.start ?? 0)..<\(found.end ?? 0), outside the text")
                continue
            }
            result.facts.append(Fact(
                type: found.type, from: from, to: to, properties: found.properties ?? [:], evidence: evidence,
                extractor: pluginID, confidence: clamped(found.confidence)))
        }
        result.warnings += (reply.warnings ?? []).map { "external plugin \(pluginID): \($0)" }
        return result
    }

    /// The fact's own evidence, or the sentence holding both mentions, or the span from one to the other.
    private func evidence(of fact: DocumentResponse.FoundFact, between first: TextRange, and second: TextRange) -> TextRange? {
        if fact.start != nil || fact.end != nil {
            guard let start = fact.start, let end = fact.end else { return nil }
            return offsets.utf8Range(scalarStart: start, scalarEnd: end)
        }
        let span = TextRange(start: min(first.start, second.start), end: max(first.end, second.end))
        return annotations.sentence(containing: span)?.range ?? span
    }

    private func clamped(_ confidence: Double?) -> Double {
        min(1, max(0, confidence ?? 1))
    }

    /// A decoding error as one line: which field, and what is wrong with it.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context, _ last: (any CodingKey)? = nil) -> String {
            let keys = context.codingPath + (last.map { [$0] } ?? [])
            return keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingPrefix(".").description
        }
        switch error {
        case .keyNotFound(let key, let context): return "'\(path(context, key))' is missing"
        case .typeMismatch(let type, let context): return "'\(path(context))' must be \(typeName(type))"
        case .valueNotFound(let type, let context): return "'\(path(context))' must be \(typeName(type)), not null"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not JSON" : "'\(path(context))' is not valid"
        @unknown default: return "it does not match the protocol"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is String.Type: return "a text"
        case is Bool.Type: return "true or false"
        default: return String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }
}
