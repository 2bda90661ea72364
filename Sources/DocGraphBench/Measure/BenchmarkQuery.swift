import DocGraphKit

/// One of the benchmark's queries on a generated graph, with the parameters of each timed run.
public struct BenchmarkQuery: Codable, Sendable {
    /// A short name: lookup, two-hop, follow-up-chain, meetings-per-organisation.
    public let name: String
    public let cypher: String
    /// The parameters of run 1, 2, ...; runs past the end start again from the first.
    public let parameters: [[String: String]]

    /// The four queries of the benchmark, with `samples` parameter sets drawn from the graph's
    /// own people and commitments (the same for every system compared).
    public static func standard(for generator: GraphGenerator, samples: Int) -> [BenchmarkQuery] {
        let shape = generator.shape
        var random = SeededGenerator(seed: generator.seed ^ 0x9E7, stream: 1)
        let people = (0..<samples).map { _ in
            ["name": generator.personName(shape.documents + random.below(shape.people))]
        }
        let chains = generator.commitmentsWithFollowUps()
        let commitments = (0..<samples).map { _ in
            ["text": generator.commitmentText(chains[random.below(chains.count)])]
        }
        return [
            BenchmarkQuery(name: "lookup", cypher: "MATCH (p:Person {name: $name}) RETURN p.name", parameters: people),
            BenchmarkQuery(
                name: "two-hop",
                cypher: """
                    MATCH (p:Person {name: $name})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(q:Person) \
                    WHERE q.name <> $name RETURN DISTINCT q.name
                    """,
                parameters: people),
            BenchmarkQuery(
                name: "follow-up-chain",
                cypher: "MATCH (c:Commitment {text: $text})<-[:FOLLOWS_UP*1..5]-(u:Update) RETURN u.text, u.date",
                parameters: commitments),
            BenchmarkQuery(
                name: "meetings-per-organisation",
                cypher: """
                    MATCH (o:Organisation)-[:ATTENDED]->(m:Meeting) \
                    RETURN o.name AS organisation, count(m) AS meetings ORDER BY meetings DESC, organisation LIMIT 10
                    """,
                parameters: [[:]]),
        ]
    }
}
