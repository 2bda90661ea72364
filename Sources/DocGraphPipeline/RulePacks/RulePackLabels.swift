/// The labels a rule pack may produce and how its rules' labels map onto them.
///
/// The label map lets patterns written for spaCy (`ORG`, `PERSON`) load as they are while the
/// pack produces docgraph's labels (`Organisation`, `Person`).
struct RulePackLabels: Sendable {
    let produces: [String]
    let map: [String: String]

    /// The label a rule's label becomes, if the pack produces it.
    func resolve(_ raw: String) throws(RuleProblem) -> String {
        let label = map[raw] ?? raw
        guard produces.contains(label) else {
            let shown = label == raw ? "'\(raw)'" : "'\(raw)' (mapped to '\(label)')"
            throw RuleProblem("label \(shown) is not in the pack's produces (\(produces.joined(separator: ", "))); "
                + "add it to produces in pack.yaml or fix the label")
        }
        return label
    }
}
