import DocGraphTestSupport
import Foundation
import Testing
@testable import DocGraphQuery

/// The example queries in examples/queries parse, bind and compile against the schema.
@Suite struct ExampleQueriesTests {
    @Test func everyExampleCompiles() throws {
        let folder = SharedPaths.repositoryRoot.appendingPathComponent("examples/queries")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "cypher" }
        #expect(files.count >= 6)
        for file in files {
            let source = Source(try String(contentsOf: file, encoding: .utf8))
            var binder = Binder(source: source)
            let bound = try binder.bind(try Parser.parse(source))
            #expect(!bound.isWriting, "\(file.lastPathComponent) should only read")
            #expect(try SQLCompiler().compile(bound).statement != nil)
        }
    }
}
