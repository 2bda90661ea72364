import DocGraphTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A file the user may not read fails alone with a clear message; the rest of the batch lands.
/// Permissions do not bind root, so under root the command runs as the unprivileged `nobody`
/// (setpriv), which is how a shared machine meets such a file.
@Suite struct UnreadableFileTests {
    @Test func anUnreadableFileFailsAloneWithAClearMessage() throws {
        let folder = try SharedPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        let good = folder.appendingPathComponent("good.txt")
        let secret = folder.appendingPathComponent("secret.txt")
        try Data("The panel met on 4 May 2017 to review the budget.\n".utf8).write(to: good)
        try Data("Nobody may read this note.\n".utf8).write(to: secret)
        try manager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: good.path)
        try manager.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret.path)
        let store = folder.appendingPathComponent("graph.sqlite").path
        let arguments = ["ingest", folder.path, "--store", store]
        let result: ProcessRunner.Result
        if getuid() == 0 {
            result = try ProcessRunner.run(
                "/usr/bin/setpriv",
                ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.executable.path] + arguments)
        } else {
            result = try ProcessRunner.run(CommandRunner.executable.path, arguments)
        }
        #expect(result.status == 1, "\(result.error)")
        #expect(result.output.contains("2 documents into \(store): 1 added, 0 unchanged, 0 replaced, 1 failed"), "\(result.output)")
        #expect(result.error.contains("\(secret.path): cannot read the file: permission denied or not readable"), "\(result.error)")
    }
}
