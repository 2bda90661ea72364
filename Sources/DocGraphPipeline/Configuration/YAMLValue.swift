import DocGraphKit
import Foundation
import Yams

/// One node of a YAML file a user wrote, with the file's path, so that every mistake found while
/// reading it is reported as `file:line: what is wrong`.
///
/// `docgraph.yaml` and rule packs' `pack.yaml` are read through it instead of `Decodable`,
/// because a decoder forgets where in the file a value was.
struct YAMLValue {
    let node: Node
    let file: String

    /// Parses a whole file; `nil` when it holds no document at all (empty or only comments).
    static func parse(_ text: String, file: String) throws(ConfigurationError) -> YAMLValue? {
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return YAMLValue(node: node, file: file)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw ConfigurationError(file: file, line: nil, message: "is not valid YAML: \(error)")
        }
    }

    /// The 1-based line the node starts on.
    var line: Int { node.mark?.line ?? 1 }

    /// An error located at this node.
    func error(_ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: line, message: message)
    }

    /// The entries of a mapping, keyed by name. A key that is not in `allowed` is an error naming
    /// the keys that are.
    func mapping(_ what: String, allowed: [String]) throws(ConfigurationError) -> [String: YAMLValue] {
        guard let mapping = node.mapping else {
            throw error("\(what) must be a mapping of keys to values (\(allowed.joined(separator: ", ")))")
        }
        var entries: [String: YAMLValue] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                throw YAMLValue(node: key, file: file)
                    .error("unknown key '\(name)' in \(what); expected one of \(allowed.joined(separator: ", "))")
            }
            entries[name] = YAMLValue(node: value, file: file)
        }
        return entries
    }

    /// The node's resolved YAML tag, such as `tag:yaml.org,2002:int` for a plain `42`.
    private var tagName: Tag.Name { Tag.Name(rawValue: node.tag.rawValue) }

    /// True when the node is a mapping.
    var isMapping: Bool { node.mapping != nil }

    /// True when the node is a list.
    var isSequence: Bool { node.sequence != nil }

    /// The entries of a mapping in file order, each with the line of its key.
    func entries(_ what: String) throws(ConfigurationError) -> [(key: String, line: Int, value: YAMLValue)] {
        guard let mapping = node.mapping else { throw error("\(what) must be a mapping of keys to values") }
        return mapping.map { key, value in
            (key.string ?? "", key.mark?.line ?? line, YAMLValue(node: value, file: file))
        }
    }

    /// True when the node is an explicit or implicit null (`key:` with nothing after it).
    var isNull: Bool { node.scalar != nil && tagName == .null }

    /// A non-empty scalar as text.
    func string(_ what: String) throws(ConfigurationError) -> String {
        guard let scalar = node.scalar, !isNull else { throw error("\(what) must be a text value") }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw error("\(what) is empty") }
        return text
    }

    /// A list of non-empty texts; a single text stands for a list of one.
    func strings(_ what: String) throws(ConfigurationError) -> [String] {
        if node.scalar != nil, isNull { return [] }
        if node.scalar != nil { return [try string(what)] }
        guard let sequence = node.sequence else { throw error("\(what) must be a list of texts, such as [a, b]") }
        var values: [String] = []
        for item in sequence { values.append(try YAMLValue(node: item, file: file).string("each item of \(what)")) }
        return values
    }

    /// The items of a list.
    func list(_ what: String) throws(ConfigurationError) -> [YAMLValue] {
        if node.scalar != nil, isNull { return [] }
        guard let sequence = node.sequence else { throw error("\(what) must be a list") }
        return sequence.map { YAMLValue(node: $0, file: file) }
    }

    /// A number (whole or not).
    func number(_ what: String) throws(ConfigurationError) -> Double {
        guard node.scalar != nil, tagName == .int || tagName == .float, let value = node.float else {
            throw error("\(what) must be a number")
        }
        return value
    }

    /// A boolean (`true` or `false`).
    func bool(_ what: String) throws(ConfigurationError) -> Bool {
        guard node.scalar != nil, tagName == .bool, let value = node.bool else {
            throw error("\(what) must be true or false")
        }
        return value
    }

    /// The node as a property value: scalars by their YAML type, lists and mappings recursively.
    var propertyValue: PropertyValue {
        switch node {
        case .scalar(let scalar):
            switch tagName {
            case .null: return .null
            case .bool: return node.bool.map(PropertyValue.bool) ?? .string(scalar.string)
            case .int: return node.int.map(PropertyValue.int) ?? .string(scalar.string)
            case .float: return node.float.map(PropertyValue.double) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence(let sequence):
            return .list(sequence.map { YAMLValue(node: $0, file: file).propertyValue })
        case .mapping(let mapping):
            var values: [String: PropertyValue] = [:]
            for (key, value) in mapping { values[key.string ?? ""] = YAMLValue(node: value, file: file).propertyValue }
            return .map(values)
        case .alias:
            return .null
        }
    }

    /// A mapping of option names to values.
    func properties(_ what: String) throws(ConfigurationError) -> Properties {
        if node.scalar != nil, isNull { return [:] }
        guard node.mapping != nil, case .map(let values) = propertyValue else {
            throw error("\(what) must be a mapping of names to values")
        }
        return values
    }

    /// Turns a Yams error into `file:line: what is wrong`.
    private static func syntaxError(_ error: YamlError, file: String) -> ConfigurationError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return ConfigurationError(file: file, line: mark.line, message: "is not valid YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return ConfigurationError(
                file: file, line: context.mark.line, message: "key \(keys) is given more than once in one mapping")
        case .reader(let problem, _, _, _):
            return ConfigurationError(file: file, line: nil, message: "cannot be read as YAML: \(problem)")
        default:
            return ConfigurationError(file: file, line: nil, message: "is not valid YAML: \(error)")
        }
    }
}
