import Foundation

/// Turning a path a user wrote in a configuration file into a file URL.
enum FilePaths {
    /// An absolute path (or one starting with `~`) as it is; any other relative to `directory`.
    static func resolve(_ path: String, against directory: URL?) -> URL {
        let expanded = NSString(string: path).expandingTildeInPath
        guard !expanded.hasPrefix("/"), let directory else { return URL(fileURLWithPath: expanded).standardizedFileURL }
        return directory.appendingPathComponent(expanded).standardizedFileURL
    }
}
