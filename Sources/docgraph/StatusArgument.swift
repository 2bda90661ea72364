import ArgumentParser
import DocGraphKit

/// A commitment status as typed on the command line: `in-progress` (or `in progress`) for in
/// progress, the others as they are.
struct StatusArgument: ExpressibleByArgument {
    let status: CommitmentStatus

    init?(argument: String) {
        let words = argument.lowercased().replacing("-", with: " ").replacing("_", with: " ")
        guard let status = CommitmentStatus(rawValue: words) else { return nil }
        self.status = status
    }

    static var allValueStrings: [String] {
        CommitmentStatus.allCases.map { $0.rawValue.replacing(" ", with: "-") }
    }
}
