import DocGraphKit
import Foundation

/// Reads pattern files in spaCy's EntityRuler JSON-lines format, one pattern object a line:
///
/// ```
/// {"label": "ORG", "pattern": "Apple", "id": "apple"}
/// {"label": "ORG", "pattern": [{"LOWER": "county"}, {"LOWER": "council"}]}
/// ```
///
/// Beside spaCy's `label`, `pattern` and `id`, a line may carry docgraph's `properties` (an object
/// every mention of the pattern carries), `section` (a section declared in pack.yaml the match
/// must lie in) and `trim` (word lists whose phrases are cut from the ends of a match, see
/// ``EntityPattern/trim``). Blank lines and lines starting with `#` are skipped. Every mistake is a
/// ``ConfigurationError`` with the file and line.
struct PatternLineParser {
    /// The path shown in errors.
    let file: String
    /// What the pack lets patterns produce, the label map applied first.
    let labels: RulePackLabels
    /// Section names declared in pack.yaml.
    let sections: Set<String>
    /// spaCy's `phrase_matcher_attr`: true when phrase patterns ignore case (LOWER).
    let phrasesIgnoreCase: Bool

    static let keys = ["label", "pattern", "id", "properties", "section", "trim"]
    static let operatorHelp = "use ?, *, +, ! or a count such as {2}, {1,3}, {2,} or {,3}"

    /// All the patterns of a file's text.
    func parse(_ text: String) throws(ConfigurationError) -> [EntityPattern] {
        var patterns: [EntityPattern] = []
        for (index, line) in RulePackText.lines(of: text).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            patterns.append(try parse(line: trimmed, number: index + 1))
        }
        return patterns
    }

    private func parse(line: String, number: Int) throws(ConfigurationError) -> EntityPattern {
        func fail(_ message: String) -> ConfigurationError {
            ConfigurationError(file: file, line: number, message: message)
        }
        guard let value = try? JSONDecoder().decode(PropertyValue.self, from: Data(line.utf8)),
              case .map(let object) = value else {
            throw fail("not a JSON object; each line must be one object such as "
                + #"{"label": "ORG", "pattern": "Acme Trust"}"#)
        }
        if let unknown = object.keys.sorted().first(where: { !PatternLineParser.keys.contains($0) }) {
            throw fail("unknown key \"\(unknown)\"; a pattern line has \(PatternLineParser.keys.joined(separator: ", "))")
        }
        guard case .string(let rawLabel)? = object["label"], !rawLabel.isEmpty else {
            throw fail(#"the pattern has no "label" (a text such as "ORG")"#)
        }
        let label: String
        do { label = try labels.resolve(rawLabel) } catch { throw fail(error.message) }
        var key: String?
        if let id = object["id"] {
            guard case .string(let text) = id else { throw fail(#""id" must be a text"#) }
            key = text
        }
        var properties: Properties = [:]
        if let given = object["properties"] {
            guard case .map(let values) = given else { throw fail(#""properties" must be an object"#) }
            properties = values
        }
        var section: String?
        if let given = object["section"] {
            guard case .string(let name) = given else { throw fail(#""section" must be a text"#) }
            guard sections.contains(name) else {
                throw fail("section '\(name)' is not declared under sections in pack.yaml")
            }
            section = name
        }
        var trim: [String] = []
        if let given = object["trim"] {
            guard case .list(let items) = given, !items.isEmpty,
                  case let names = items.compactMap(\.stringValue), names.count == items.count else {
                throw fail(#""trim" must be a list of word list names, such as ["titles"]"#)
            }
            trim = names
        }
        let body: EntityPattern.Body
        switch object["pattern"] {
        case .string(let phrase)?:
            let normalized = EntityPattern.normalizedPhrase(phrase, caseInsensitive: phrasesIgnoreCase)
            guard !normalized.isEmpty else { throw fail("the phrase pattern is empty") }
            body = .phrase(normalized, caseInsensitive: phrasesIgnoreCase)
        case .list(let tokens)?:
            do { body = .tokens(try TokenPatternCompiler.compile(tokens)) } catch { throw fail(error.message) }
        case nil:
            throw fail(#"the pattern has no "pattern" (a phrase, or a list of token objects)"#)
        default:
            throw fail(#""pattern" must be a text (a phrase) or a list of token objects"#)
        }
        return EntityPattern(
            label: label, key: key, properties: properties, section: section, trim: trim, source: "\(file):\(number)",
            body: body)
    }
}
