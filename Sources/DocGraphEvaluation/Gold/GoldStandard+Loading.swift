import DocGraphKit
import Foundation

extension GoldStandard {
    /// Reads, decodes and checks the annotation file at a path.
    ///
    /// - Throws: ``GoldStandardError``, whose messages name `path` as given.
    public static func load(from path: String) throws(GoldStandardError) -> GoldStandard {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "there is no such file")
        }
        guard !isDirectory.boolValue else {
            throw .unreadable(path: path, reason: "it is a folder; pass an annotation file such as seeds-dev.json")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or an input error")
        }
        return try decode(data, path: path)
    }

    /// Decodes and checks annotation JSON; `path` names the file in error messages.
    public static func decode(_ data: Data, path: String) throws(GoldStandardError) -> GoldStandard {
        let gold: GoldStandard
        do {
            gold = try JSONDecoder().decode(GoldStandard.self, from: data)
        } catch let error as DecodingError {
            throw Self.describe(error, data: data, path: path)
        } catch {
            throw .notJSON(path: path, detail: nil)
        }
        try gold.validate(path: path)
        return gold
    }

    /// Turns a decoding error into the entry and problem it is about.
    private static func describe(_ error: DecodingError, data: Data, path: String) -> GoldStandardError {
        switch error {
        case .keyNotFound(let key, let context):
            return .invalid(
                path: path, location: location(context.codingPath), problem: "\"\(key.stringValue)\" is missing")
        case .valueNotFound(let type, let context):
            return .invalid(
                path: path, location: location(context.codingPath), problem: "it is null but should be \(noun(type))")
        case .typeMismatch(let type, let context):
            let found = foundNoun(context.debugDescription).map { ", not \($0)" } ?? ""
            return .invalid(
                path: path, location: location(context.codingPath), problem: "it should be \(noun(type))\(found)")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return .notJSON(path: path, detail: JSONSyntax.whereInvalid(data))
            }
            return .invalid(path: path, location: location(context.codingPath), problem: context.debugDescription)
        @unknown default:
            return .notJSON(path: path, detail: nil)
        }
    }

    /// `people[2].docs` for a coding path; "the top level" for the root.
    static func location(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "the top level" : text
    }

    /// What a JSON value of a Swift type is called in the message.
    private static func noun(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") || name.hasPrefix("[") { return "a list" }
        if name == "String" || name == "PartialDate" { return "a string" }
        if ["Int", "Double", "Float"].contains(name) { return "a number" }
        if name == "Bool" { return "true or false" }
        return "an object"
    }

    /// The kind of value the decoder found instead, from its "but found X instead" message.
    private static func foundNoun(_ description: String) -> String? {
        guard let start = description.range(of: "but found "),
              let end = description.range(of: " instead", range: start.upperBound..<description.endIndex)
        else { return nil }
        let found = String(description[start.upperBound..<end.lowerBound])
        switch found {
        case "a dictionary": return "an object"
        case "an array": return "a list"
        case "number": return "a number"
        case "null": return nil
        default: return found.isEmpty ? nil : found
        }
    }
}
