import DocGraphTestSupport
import Foundation

/// A folder with the seeds ingested into `graph.sqlite` by the built command, made once for
/// the command tests that read it.
enum SeedsStoreFolder {
    private static let shared = Result { () throws -> URL in
        let folder = try SharedPaths.temporaryDirectory()
        let result = try CommandRunner(directory: folder).run(["ingest", SharedPaths.seeds.path, "--store", "graph.sqlite", "--quiet"])
        guard result.status == 0 else { throw IngestFailure(message: result.error) }
        return folder
    }

    struct IngestFailure: Error {
        var message: String
    }

    /// A command runner in the folder, where the store is `graph.sqlite`.
    static func runner() throws -> CommandRunner {
        CommandRunner(directory: try shared.get())
    }
}
