import DocGraphKit
import Foundation

/// A small JSON Schema checker for the protocol's schemas: `type`, `const`, `enum`, `required`,
/// `properties`, `items`, `oneOf`, `minimum`, `maximum` and `minLength`, enough to hold every
/// message to its required keys and their types.
struct JSONSchemaCheck {
    let schema: PropertyValue

    init(contentsOf url: URL) throws {
        schema = try JSONDecoder().decode(PropertyValue.self, from: Data(contentsOf: url))
    }

    /// The problems of a JSON text against the schema; empty when it conforms.
    func problems(in json: String) throws -> [String] {
        problems(try JSONDecoder().decode(PropertyValue.self, from: Data(json.utf8)), schema, path: "$")
    }

    private func problems(_ value: PropertyValue, _ schema: PropertyValue, path: String) -> [String] {
        guard case .map(let rules) = schema else { return [] }
        var found: [String] = []
        if let types = rules["type"]?.stringList, !types.contains(where: { matches(value, type: $0) }) {
            return ["\(path) is not \(types.joined(separator: " or "))"]
        }
        if let constant = rules["const"], constant != value { found.append("\(path) is not \(constant)") }
        if case .list(let allowed)? = rules["enum"], !allowed.contains(value) { found.append("\(path) is not one of the allowed values") }
        if let minimum = rules["minimum"]?.doubleValue, let number = value.doubleValue, number < minimum {
            found.append("\(path) is below \(minimum)")
        }
        if let maximum = rules["maximum"]?.doubleValue, let number = value.doubleValue, number > maximum {
            found.append("\(path) is above \(maximum)")
        }
        if let length = rules["minLength"]?.intValue, case .string(let text) = value, text.count < length {
            found.append("\(path) is shorter than \(length)")
        }
        if case .map(let object) = value {
            for key in rules["required"]?.stringList ?? [] where object[key] == nil { found.append("\(path).\(key) is missing") }
            if case .map(let properties)? = rules["properties"] {
                for (key, rule) in properties.sorted(by: { $0.key < $1.key }) {
                    if let member = object[key] { found += problems(member, rule, path: "\(path).\(key)") }
                }
            }
        }
        if case .list(let items) = value, let rule = rules["items"] {
            for (index, item) in items.enumerated() { found += problems(item, rule, path: "\(path)[\(index)]") }
        }
        if case .list(let choices)? = rules["oneOf"] {
            let passing = choices.filter { problems(value, $0, path: path).isEmpty }.count
            if passing != 1 { found.append("\(path) matches \(passing) of the oneOf choices, not exactly 1") }
        }
        return found
    }

    private func matches(_ value: PropertyValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .map), ("array", .list), ("string", .string), ("boolean", .bool), ("null", .null),
             ("integer", .int), ("number", .int), ("number", .double):
            return true
        case ("integer", .double(let number)):
            return number.rounded() == number
        default:
            return false
        }
    }
}
