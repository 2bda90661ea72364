import Foundation

/// The shell's history: queries appended to a file, the last ones shown by `:history`.
struct ShellHistory {
    let path: String?

    static func `default`() -> ShellHistory {
        guard let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty else { return ShellHistory(path: nil) }
        return ShellHistory(path: URL(fileURLWithPath: home).appendingPathComponent(".docgraph_history").path)
    }

    func append(_ query: String) {
        guard let path else { return }
        let line = query.replacingOccurrences(of: "\n", with: " ") + "\n"
        if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        handle.seekToEndOfFile()
        handle.write(Data(line.utf8))
        try? handle.close()
    }

    func last(_ count: Int) -> [String] {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return [] }
        return Array(String(decoding: data, as: UTF8.self).split(separator: "\n").suffix(count).map(String.init))
    }
}
