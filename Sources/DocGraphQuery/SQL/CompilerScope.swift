/// The variables an expression may use while compiling, mapped to SQL.
struct CompilerScope: Sendable {
    var entries: [String: ScopeEntry] = [:]

    subscript(name: String) -> ScopeEntry? {
        get { entries[name] }
        set { entries[name] = newValue }
    }
}
