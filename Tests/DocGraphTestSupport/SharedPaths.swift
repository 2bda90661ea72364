import Foundation

/// Paths tests read: the repository's own files and the shared material beside the checkout.
public enum SharedPaths {
    /// The repository root, found from this source file's location.
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The repository's `seeds/` folder.
    public static var seeds: URL { repositoryRoot.appendingPathComponent("seeds") }

    /// `../shared` beside the checkout (gold annotations, the TCK, the Popolo schemas). From a
    /// worktree kept in a folder of its own, the nearest `shared` folder further up.
    public static var shared: URL {
        let sibling = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        var folder = sibling.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return sibling
    }

    /// The seed files, sorted by name.
    public static func seedFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// A fresh temporary folder for one test, inside ``runFolder``: it goes when the test
    /// process ends.
    public static func temporaryDirectory() throws -> URL {
        let url = runFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder this test process makes its temporary folders in, removed with all of them
    /// when the process exits, so a run leaves nothing behind however its tests end.
    static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docgraph-test-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: SharedPaths.runFolder) }
        return url
    }()
}
