/// Reads `--param name=value` arguments: the value is a Cypher literal (`42`, `'text'`,
/// `[1, 2]`, `{k: true}`), or, when it is not one, the text itself as a string.
public enum ParameterParser {
    public static func parse(_ argument: String) throws -> (name: String, value: CypherValue) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
            throw QueryError(.syntax, "InvalidParameter", "a parameter is written name=value, for example --param name='Ada'")
        }
        let name = String(argument[..<equals])
        let text = String(argument[argument.index(after: equals)...])
        let source = Source("RETURN " + text)
        if let statement = try? Parser.parse(source), case .return(let ret)? = statement.query.parts.first?.clauses.first,
           ret.projection.items.count == 1, let value = PartCompiler.constant(ret.projection.items[0].expression) {
            return (name, value)
        }
        if let statement = try? Parser.parse(source), case .return(let ret)? = statement.query.parts.first?.clauses.first,
           ret.projection.items.count == 1, case .unary(.minus, let operand) = ret.projection.items[0].expression.kind,
           case .literal(.float(let value)) = operand.kind {
            return (name, .float(-value))
        }
        return (name, .string(text))
    }
}
