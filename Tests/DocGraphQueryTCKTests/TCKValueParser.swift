/// Parses the TCK's value notation: `(:A {name: 'b'})`, `[:T]`, `<(:A)-[:T]->(:B)>`, lists,
/// maps, strings in single quotes, numbers, booleans, null.
struct TCKValueParser {
    let scalars: [Character]
    var index = 0

    init(_ text: String) {
        scalars = Array(text)
    }

    static func parse(_ text: String) -> TCKValue? {
        var parser = TCKValueParser(text)
        guard let value = parser.value() else { return nil }
        parser.skipSpace()
        return parser.index == parser.scalars.count ? value : nil
    }

    mutating func skipSpace() {
        while index < scalars.count, scalars[index].isWhitespace { index += 1 }
    }

    mutating func accept(_ text: String) -> Bool {
        skipSpace()
        let chars = Array(text)
        guard index + chars.count <= scalars.count, Array(scalars[index..<index + chars.count]) == chars else { return false }
        index += chars.count
        return true
    }

    mutating func value() -> TCKValue? {
        skipSpace()
        guard index < scalars.count else { return nil }
        switch scalars[index] {
        case "'": return string()
        case "[":
            if index + 1 < scalars.count, scalars[index + 1] == ":" { return relationship() }
            index += 1
            var items: [TCKValue] = []
            if accept("]") { return .list(items) }
            repeat {
                guard let item = value() else { return nil }
                items.append(item)
            } while accept(",")
            return accept("]") ? .list(items) : nil
        case "{": return map().map(TCKValue.map)
        case "(": return node()
        case "<": return path()
        default: return scalar()
        }
    }

    mutating func string() -> TCKValue? {
        index += 1
        var text = ""
        while index < scalars.count {
            let char = scalars[index]
            index += 1
            if char == "\\", index < scalars.count {
                let next = scalars[index]
                index += 1
                switch next {
                case "n": text.append("\n")
                case "t": text.append("\t")
                default: text.append(next)
                }
                continue
            }
            if char == "'" { return .string(text) }
            text.append(char)
        }
        return nil
    }

    mutating func name() -> String? {
        skipSpace()
        if index < scalars.count, scalars[index] == "`" {
            index += 1
            var text = ""
            while index < scalars.count, scalars[index] != "`" { text.append(scalars[index]); index += 1 }
            index += 1
            return text
        }
        var text = ""
        while index < scalars.count, scalars[index].isLetter || scalars[index].isNumber || scalars[index] == "_" {
            text.append(scalars[index])
            index += 1
        }
        return text.isEmpty ? nil : text
    }

    mutating func map() -> [String: TCKValue]? {
        guard accept("{") else { return nil }
        var entries: [String: TCKValue] = [:]
        if accept("}") { return entries }
        repeat {
            guard let key = name(), accept(":"), let item = value() else { return nil }
            entries[key] = item
        } while accept(",")
        return accept("}") ? entries : nil
    }

    mutating func node() -> TCKValue? {
        guard accept("(") else { return nil }
        var labels: Set<String> = []
        while accept(":") {
            guard let label = name() else { return nil }
            labels.insert(label)
        }
        skipSpace()
        let properties = index < scalars.count && scalars[index] == "{" ? map() : [:]
        guard let properties, accept(")") else { return nil }
        return .node(labels: labels, properties: properties)
    }

    mutating func relationship() -> TCKValue? {
        guard accept("["), accept(":"), let type = name() else { return nil }
        skipSpace()
        let properties = index < scalars.count && scalars[index] == "{" ? map() : [:]
        guard let properties, accept("]") else { return nil }
        return .relationship(type: type, properties: properties)
    }

    mutating func path() -> TCKValue? {
        guard accept("<"), let first = node() else { return nil }
        var nodes = [first]
        var relationships: [(TCKValue, Bool)] = []
        while !accept(">") {
            let backward = accept("<-")
            if !backward { guard accept("-") else { return nil } }
            guard let relationship = relationship() else { return nil }
            let forward = accept("->")
            if !forward { guard accept("-") else { return nil } }
            guard let next = node() else { return nil }
            relationships.append((relationship, forward))
            nodes.append(next)
        }
        return .path(nodes: nodes, relationships: relationships)
    }

    mutating func scalar() -> TCKValue? {
        skipSpace()
        var text = ""
        while index < scalars.count, !",]}) ".contains(scalars[index]) { text.append(scalars[index]); index += 1 }
        switch text {
        case "null": return .null
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "NaN": return .float(.nan)
        case "Infinity": return .float(.infinity)
        case "-Infinity": return .float(-.infinity)
        default: break
        }
        if let int = Int64(text) { return .integer(int) }
        if let double = Double(text) { return .float(double) }
        return nil
    }
}
