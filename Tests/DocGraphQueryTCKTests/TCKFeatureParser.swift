import Foundation

/// Reads the Gherkin subset the openCypher TCK uses: Feature, Scenario, Scenario Outline with
/// Examples, steps with doc strings and tables.
enum TCKFeatureParser {
    static func scenarios(in text: String, feature: String) -> [TCKScenario] {
        var scenarios: [TCKScenario] = []
        var current: TCKScenario?
        var isOutline = false
        var examples: [[String]] = []
        var inExamples = false
        var docLines: [String]?
        var background: [TCKStep] = []
        var inBackground = false
        func finish() {
            if inBackground, let steps = current?.steps {
                background = steps
                inBackground = false
                current = nil
                return
            }
            guard let scenario = current else { return }
            if isOutline {
                guard let header = examples.first else { return }
                for (index, row) in examples.dropFirst().enumerated() {
                    var expanded = scenario
                    expanded.name += " #\(index + 1)"
                    expanded.steps = scenario.steps.map { step in
                        var step = step
                        for (key, value) in zip(header, row) {
                            step.text = step.text.replacingOccurrences(of: "<\(key)>", with: value)
                            step.docString = step.docString?.replacingOccurrences(of: "<\(key)>", with: value)
                            step.table = step.table.map { $0.map { $0.replacingOccurrences(of: "<\(key)>", with: value) } }
                        }
                        return step
                    }
                    scenarios.append(expanded)
                }
            } else {
                scenarios.append(scenario)
            }
            current = nil
        }
        for rawLine in text.components(separatedBy: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if var lines = docLines {
                if line == "\"\"\"" {
                    if var scenario = current, !scenario.steps.isEmpty {
                        scenario.steps[scenario.steps.count - 1].docString = lines.joined(separator: "\n")
                        current = scenario
                    }
                    docLines = nil
                } else {
                    lines.append(rawLine)
                    docLines = lines
                }
                continue
            }
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("Background:") {
                finish()
                inBackground = true
                isOutline = false
                current = TCKScenario(feature: feature, name: "Background", steps: [])
            } else if line.hasPrefix("Scenario Outline:") || line.hasPrefix("Scenario:") {
                finish()
                isOutline = line.hasPrefix("Scenario Outline:")
                examples = []
                inExamples = false
                let name = line.drop(while: { $0 != ":" }).dropFirst().trimmingCharacters(in: .whitespaces)
                current = TCKScenario(feature: feature, name: name, steps: background)
            } else if line.hasPrefix("Examples:") {
                inExamples = true
            } else if line == "\"\"\"" {
                docLines = []
            } else if line.hasPrefix("|") {
                let cells = splitRow(line)
                if inExamples {
                    examples.append(cells)
                } else if var scenario = current, !scenario.steps.isEmpty {
                    scenario.steps[scenario.steps.count - 1].table.append(cells)
                    current = scenario
                }
            } else if current != nil, !inExamples,
                      ["Given", "And", "When", "Then", "But"].contains(where: { line.hasPrefix($0 + " ") }) {
                current?.steps.append(TCKStep(text: line, docString: nil, table: []))
            }
        }
        finish()
        return scenarios
    }

    /// Cells of a `| a | b |` row; `\|` is a literal bar.
    static func splitRow(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for char in line.dropFirst() {
            if escaped { cell.append(char); escaped = false; continue }
            if char == "\\" { escaped = true; cell.append(char); continue }
            if char == "|" { cells.append(cell.trimmingCharacters(in: .whitespaces)); cell = ""; continue }
            cell.append(char)
        }
        return cells.map { $0.replacingOccurrences(of: "\\|", with: "|") }
    }
}
