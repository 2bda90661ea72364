/// One scenario of a feature file (an outline expanded per example row), as its steps.
struct TCKScenario {
    var feature: String
    var name: String
    var steps: [TCKStep]
}

/// One Gherkin step with its doc string or table.
struct TCKStep {
    var text: String
    var docString: String?
    var table: [[String]]
}
