/// The names of the functions the language knows, by kind.
enum FunctionCatalog {
    static let aggregates: Set<String> = ["count", "collect", "sum", "avg", "min", "max"]
    /// Functions compiled to SQL over the store (they read labels, types or properties).
    static let graphFunctions: Set<String> = ["labels", "type", "properties", "startnode", "endnode", "exists", "keys", "id"]

    static func isKnown(_ name: String) -> Bool {
        aggregates.contains(name) || graphFunctions.contains(name) || CypherFunctions.all[name] != nil
    }
}
