import DocGraphKit

/// Puts plugins in an order where each runs after every plugin that produces something it needs.
///
/// `needs` and `produces` of each ``PluginManifest`` name annotation kinds. The kinds in
/// ``PluginManifest/pipelineProvided`` exist before any plugin runs. A plugin that produces what
/// it needs does not depend on itself. Plugins with no order between them keep their
/// registration order, so the same set of plugins always runs the same way.
public enum PluginOrdering {
    /// The order to run the manifests in, as indices into `manifests`.
    ///
    /// - Throws: ``PluginOrderingError`` for a duplicate id, a need nobody produces (the first
    ///   such need in registration order) or a cycle.
    public static func order(
        _ manifests: [PluginManifest], provided: [String] = PluginManifest.pipelineProvided
    ) throws(PluginOrderingError) -> [Int] {
        var seen: Set<String> = []
        for manifest in manifests where !seen.insert(manifest.id).inserted {
            throw .duplicateID(manifest.id)
        }
        let dependencies = try dependencies(of: manifests, provided: Set(provided))
        var remaining = dependencies.map(\.count)
        var dependents = Array(repeating: [Int](), count: manifests.count)
        for (plugin, producers) in dependencies.enumerated() {
            for producer in producers { dependents[producer].append(plugin) }
        }
        var ordered: [Int] = []
        var done = Array(repeating: false, count: manifests.count)
        // Repeatedly take the first plugin in registration order whose producers have all run:
        // quadratic in the number of plugins, which is a few dozen at most.
        while let next = remaining.indices.first(where: { !done[$0] && remaining[$0] == 0 }) {
            done[next] = true
            ordered.append(next)
            for dependent in dependents[next] { remaining[dependent] -= 1 }
        }
        guard ordered.count == manifests.count else {
            throw .cycle(cycle(among: done, dependencies: dependencies).map { manifests[$0].id })
        }
        return ordered
    }

    /// The extractors in the order to run them.
    public static func order(
        _ extractors: [any Extractor], provided: [String] = PluginManifest.pipelineProvided
    ) throws(PluginOrderingError) -> [any Extractor] {
        try order(extractors.map(\.manifest), provided: provided).map { extractors[$0] }
    }

    /// For each plugin, the indices of the other plugins that produce something it needs.
    private static func dependencies(
        of manifests: [PluginManifest], provided: Set<String>
    ) throws(PluginOrderingError) -> [[Int]] {
        var producers: [String: [Int]] = [:]
        for (index, manifest) in manifests.enumerated() {
            for kind in Set(manifest.produces) { producers[kind, default: []].append(index) }
        }
        var result: [[Int]] = []
        for (index, manifest) in manifests.enumerated() {
            var mine: Set<Int> = []
            for need in manifest.needs where !provided.contains(need) {
                let others = (producers[need] ?? []).filter { $0 != index }
                guard !others.isEmpty else { throw .unmetNeed(plugin: manifest.id, need: need) }
                mine.formUnion(others)
            }
            result.append(mine.sorted())
        }
        return result
    }

    /// A cycle among the plugins not yet ordered, each needing the next, starting from its
    /// earliest registered member and ending with it again.
    private static func cycle(among done: [Bool], dependencies: [[Int]]) -> [Int] {
        guard var current = done.indices.first(where: { !done[$0] }) else { return [] }
        var path: [Int] = []
        var position: [Int: Int] = [:]
        // Every plugin left waits on at least one other plugin left, so the walk must revisit one.
        while position[current] == nil {
            position[current] = path.count
            path.append(current)
            guard let next = dependencies[current].first(where: { !done[$0] }) else { return path }
            current = next
        }
        var loop = Array(path[(position[current] ?? 0)...])
        if let first = loop.indices.min(by: { loop[$0] < loop[$1] }) {
            loop = Array(loop[first...] + loop[..<first])
        }
        return loop + loop.prefix(1)
    }
}
