import Foundation

/// Expands the paths a user gave into the files to ingest: files as they are, folders
/// recursively (hidden files and folders skipped, symbolic-link loops followed once), sorted so
/// every run sees the same order.
public struct FileCollector: Sendable {
    /// Absolute paths to pass over silently (the store's own files).
    public var excluded: Set<String>

    public init(excluding excluded: Set<String> = []) {
        self.excluded = excluded
    }

    /// The files under the paths, and a message for each path that could not be used.
    public func collect(_ paths: [String]) -> (files: [URL], problems: [FileOutcome]) {
        var files: [URL] = []
        var problems: [FileOutcome] = []
        var seenDirectories = Set<String>()
        var seenFiles = Set<String>()
        let manager = FileManager.default
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                problems.append(FileOutcome(path: url.path, status: .failed, message: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                walk(url, into: &files, problems: &problems, seenDirectories: &seenDirectories, seenFiles: &seenFiles)
            } else if excluded.contains(url.path) {
                continue
            } else if let problem = Self.problem(with: url) {
                problems.append(problem)
            } else if seenFiles.insert(url.resolvingSymlinksInPath().path).inserted {
                files.append(url)
            }
        }
        return (files, problems)
    }

    private func walk(
        _ directory: URL, into files: inout [URL], problems: inout [FileOutcome], seenDirectories: inout Set<String>,
        seenFiles: inout Set<String>
    ) {
        let real = directory.resolvingSymlinksInPath().path
        guard seenDirectories.insert(real).inserted else { return }
        let manager = FileManager.default
        let entries: [URL]
        do {
            entries = try manager.contentsOfDirectory(
                at: directory, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
        } catch {
            problems.append(FileOutcome(path: directory.path, status: .failed, message: "cannot list the folder"))
            return
        }
        for entry in entries.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: entry.path, isDirectory: &isDirectory) else {
                problems.append(FileOutcome(path: entry.path, status: .failed, message: "broken symbolic link"))
                continue
            }
            if isDirectory.boolValue {
                walk(entry, into: &files, problems: &problems, seenDirectories: &seenDirectories, seenFiles: &seenFiles)
            } else if excluded.contains(entry.standardizedFileURL.path) {
                continue
            } else if let problem = Self.problem(with: entry) {
                problems.append(problem)
            } else if seenFiles.insert(entry.resolvingSymlinksInPath().path).inserted {
                files.append(entry.standardizedFileURL)
            }
        }
    }

    /// Why a path that is not a folder cannot be read as a document, if it cannot: only regular
    /// files are read (a named pipe would block, a device never ends).
    static func problem(with url: URL) -> FileOutcome? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        guard let type = attributes?[.type] as? FileAttributeType else {
            return FileOutcome(path: url.path, status: .failed, message: "cannot read the file's attributes")
        }
        guard type == .typeRegular else {
            return FileOutcome(path: url.path, status: .failed, message: "not a regular file (a pipe, socket or device)")
        }
        return nil
    }
}
