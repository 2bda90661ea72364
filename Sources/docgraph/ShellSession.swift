import DocGraphQuery
import Foundation

/// The shell's read-evaluate-print loop over standard input.
struct ShellSession {
    let engine: QueryEngine
    let readOnly: Bool
    let history: ShellHistory
    var format: QueryOutputFormat = .table

    init(engine: QueryEngine, readOnly: Bool, history: ShellHistory) {
        self.engine = engine
        self.readOnly = readOnly
        self.history = history
    }

    static let help = """
        End a query with ';' (it may span lines). Commands:
          :help                          this text
          :format table|json|jsonl|csv   how results are shown
          :history                       the last 20 queries
          :quit                          leave (so does end of input)
        Try: MATCH (p:Person)-[:ATTENDED]->(m:Meeting) RETURN p.name, m.title, m.date LIMIT 10;
        """

    mutating func run() {
        let interactive = isatty(0) == 1
        if interactive { Terminal.print("docgraph shell: Cypher queries end with ';'; :help for help, :quit to leave") }
        var buffer = ""
        while true {
            if interactive { Terminal.errorInPlace(buffer.isEmpty ? "docgraph> " : "     ...> ") }
            guard let line = readLine() else { break }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if buffer.isEmpty && trimmed.hasPrefix(":") {
                if !command(trimmed) { break }
                continue
            }
            buffer += (buffer.isEmpty ? "" : "\n") + line
            guard trimmed.hasSuffix(";") else { continue }
            let query = String(buffer.trimmingCharacters(in: .whitespacesAndNewlines).dropLast())
            buffer = ""
            guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            history.append(query)
            execute(query)
        }
        if !buffer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            execute(buffer)
        }
    }

    /// Runs a `:` command; false means leave.
    private mutating func command(_ text: String) -> Bool {
        let words = text.split(separator: " ").map(String.init)
        switch words.first {
        case ":quit", ":exit", ":q":
            return false
        case ":help":
            Terminal.print(Self.help)
        case ":history":
            history.last(20).forEach(Terminal.print)
        case ":format":
            if words.count == 2, let chosen = QueryOutputFormat(rawValue: words[1]) {
                format = chosen
                Terminal.print("format: \(chosen.rawValue)")
            } else {
                Terminal.error("error: :format takes one of table, json, jsonl, csv")
            }
        default:
            Terminal.error("error: unknown command \(words.first ?? text); :help lists the commands")
        }
        return true
    }

    private func execute(_ query: String) {
        do {
            let result = try engine.run(query, options: QueryOptions(readOnly: readOnly))
            for warning in result.warnings { Terminal.error(warning.description) }
            Terminal.write(result.explanation ?? ResultFormatter(format: format.resultFormat).format(result))
        } catch {
            Terminal.error("\(error)")
        }
    }
}
