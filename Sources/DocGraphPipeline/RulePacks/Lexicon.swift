import DocGraphKit
import Foundation

/// A list of phrases from one lexicon file of a rule pack.
///
/// The file has one phrase a line, `phrase | LABEL | key=value, key=value`:
///
/// ```
/// # Titles that come before a name.
/// Councillor        | TITLE | id=councillor
/// Cllr              | TITLE | id=councillor
/// Chief Constable   | TITLE | id=chief-constable, kind=police
/// ```
///
/// The label may be left out (`Cllr`, or `Cllr || id=councillor`) when pack.yaml gives the
/// lexicon a default `label`. Blank lines and lines starting with `#` are skipped. A phrase may
/// not contain `|`; property values may not contain `,`.
public struct Lexicon: Sendable {
    /// The name of the word list the phrases go into: pack.yaml's `name`, or the file's name
    /// without its extension.
    public let name: String
    /// The file's path.
    public let file: String
    /// True when the phrases match whatever their case (`attr: LOWER`).
    public let ignoresCase: Bool
    public let entries: [LexiconEntry]

    /// Parses a lexicon file's text.
    ///
    /// - Parameters:
    ///   - defaultLabel: the label of lines that give none.
    ///   - labels: what the pack produces and its label map.
    init(
        name: String, file: String, text: String, defaultLabel: String?, ignoresCase: Bool, labels: RulePackLabels
    ) throws(ConfigurationError) {
        self.name = name
        self.file = file
        self.ignoresCase = ignoresCase
        var entries: [LexiconEntry] = []
        var seen: [String: Int] = [:]
        for (index, line) in RulePackText.lines(of: text).enumerated() {
            let number = index + 1
            do throws(RuleProblem) {
                guard let entry = try Lexicon.entry(line, number: number, defaultLabel: defaultLabel, labels: labels)
                else { continue }
                let identity = entry.label + "|" + EntityPattern.normalizedPhrase(entry.phrase, caseInsensitive: ignoresCase)
                if let earlier = seen[identity] {
                    throw RuleProblem("'\(entry.phrase)' (\(entry.label)) is already listed at line \(earlier)")
                }
                seen[identity] = number
                entries.append(entry)
            } catch {
                throw ConfigurationError(file: file, line: number, message: error.message)
            }
        }
        self.entries = entries
    }

    /// The entry of one line, `nil` for a blank line or a comment.
    private static func entry(
        _ line: String, number: Int, defaultLabel: String?, labels: RulePackLabels
    ) throws(RuleProblem) -> LexiconEntry? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        let fields = trimmed.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count <= 3 else {
            throw RuleProblem("expected 'phrase | LABEL | key=value, ...' but found \(fields.count) fields separated by '|'")
        }
        let phrase = EntityPattern.normalizedPhrase(fields[0], caseInsensitive: false)
        guard !phrase.isEmpty else { throw RuleProblem("the phrase is empty") }
        let givenLabel = fields.count > 1 && !fields[1].isEmpty ? fields[1] : defaultLabel
        guard let givenLabel else {
            throw RuleProblem("'\(phrase)' has no label; write 'phrase | LABEL' or give the lexicon a label in pack.yaml")
        }
        let label = try labels.resolve(givenLabel)
        var properties: [String: String] = [:]
        if fields.count == 3 {
            for pair in fields[2].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
            where !pair.isEmpty {
                guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                    throw RuleProblem("property '\(pair)' is not written key=value")
                }
                let key = pair[..<equals].trimmingCharacters(in: .whitespaces)
                let value = pair[pair.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { throw RuleProblem("property '\(key)' has no value; write \(key)=value") }
                guard properties[key] == nil else { throw RuleProblem("property '\(key)' is given twice") }
                properties[key] = value
            }
        }
        let key = properties.removeValue(forKey: "id")
        return LexiconEntry(phrase: phrase, label: label, key: key, properties: properties, line: number)
    }

    /// The entries as patterns the matcher runs.
    var patterns: [EntityPattern] {
        entries.map { entry in
            EntityPattern(
                label: entry.label, key: entry.key, properties: entry.properties.mapValues { .string($0) },
                section: nil, source: "\(file):\(entry.line)",
                body: .phrase(EntityPattern.normalizedPhrase(entry.phrase, caseInsensitive: ignoresCase),
                              caseInsensitive: ignoresCase))
        }
    }
}
