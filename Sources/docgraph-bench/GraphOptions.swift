import ArgumentParser
import DocGraphBench

/// The size and seed of a generated graph; `graph` and `query` must be given the same.
struct GraphOptions: ParsableArguments {
    @Option(name: .long, help: "Nodes in the generated graph.")
    var nodes = 1_000_000

    @Option(name: .long, help: "Relationships in the generated graph.")
    var relationships = 5_000_000

    @Option(name: .long, help: "The seed: the same seed makes the same graph.")
    var seed: UInt64 = 1

    func generator() throws -> GraphGenerator {
        GraphGenerator(shape: try GraphShape(nodes: nodes, relationships: relationships), seed: seed)
    }
}
